package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kzuz.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that only a process can test: the real CLI as a child JVM on a disk that fills up
 * (a file-size limit, ulimit -f, makes the write fail with EFBIG as a full disk fails with
 * ENOSPC; the JVM ignores the SIGXFSZ that comes with it), and two writers on one draft.
 */
class SafeWritesProcessTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** Starts kzuz from this build's classes, under a file-size limit in KiB when {@code limitKib > 0}. */
    private Process start(int limitKib, String... args) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        List<String> command = new ArrayList<>(List.of("/bin/bash", "-c", (limitKib > 0 ? "ulimit -f " + limitKib + " && " : "") + "exec \"$@\"", "bash",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.kzuz.Kzuz"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("KZUZ_LANG", "en"); // English whatever this machine's locale or config file says
        return pb.start();
    }

    private static Run finish(Process p) throws Exception {
        // Both outputs are small (one line on stderr), so reading them in turn cannot block the child.
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDiskThatFillsUpLeavesTheDraftAsItWasAndNoTemporaryFile() throws Exception {
        Path draft = dir.resolve("essay.md");
        byte[] original = ("# My essay\n\n" + "A sentence of my own, written by hand. ".repeat(1040) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(draft, original);
        // Room for the draft, not for the two paragraphs and their footnotes.
        int limitKib = original.length / 1024 + 1;
        Run r = finish(start(limitKib, "cite", "cadb", "trilateral-eternal-friendship-1997", "--into", "essay.md"));
        assertThat(r.code()).as("an IOException, not death by SIGXFSZ: " + r.err()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("kzuz: --into: cannot write essay.md (file too large); nothing was changed\n");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(draft)).isEqualTo(original);
        assertThat(names()).containsExactly("essay.md");
        // And with room, the same run appends.
        Run roomy = finish(start(0, "cite", "cadb", "trilateral-eternal-friendship-1997", "--into", "essay.md"));
        assertThat(roomy.code()).as(roomy.err()).isZero();
        assertThat(Files.readString(draft)).startsWith(new String(original, StandardCharsets.UTF_8) + "\n\\[Central Asian Bank");
    }

    @Test
    void aDiskThatFillsUpLeavesTheOldChartAsItWas() throws Exception {
        Path chart = Files.writeString(dir.resolve("trade.svg"), "<svg>the chart in my essay</svg>\n");
        Run r = finish(start(8, "trade", "--chart-out", "trade.svg"));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("kzuz: --chart-out: cannot write trade.svg (file too large); nothing was changed\n");
        assertThat(Files.readString(chart)).isEqualTo("<svg>the chart in my essay</svg>\n");
        assertThat(names()).containsExactly("trade.svg");
    }

    @Test
    void twoProcessesAppendingToOneLargeDraftEachDefineWhatTheOtherLacks() throws Exception {
        Path draft = dir.resolve("thesis.md");
        StringBuilder text = new StringBuilder("# Thesis\n\n");
        String paragraph = "A paragraph of the thesis that goes on for a while, as theses do, without footnotes.\n\n";
        while (text.length() < 20_000_000) {
            text.append(paragraph);
        }
        byte[] original = text.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(draft, original);
        // Both cite the 1998 treaty, so both need its footnotes: without the lock, each reads the
        // draft before the other has written and defines them again.
        Process first = start(0, "cite", "cadb", "eternal-friendship-1998", "--into", "thesis.md");
        Process second = start(0, "cite", "trilateral-eternal-friendship-1997", "eternal-friendship-1998", "--into", "thesis.md");
        Run a = finish(first);
        Run b = finish(second);
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.code()).as(b.err()).isZero();
        byte[] after = Files.readAllBytes(draft);
        assertThat(Arrays.copyOf(after, original.length)).as("the thesis itself, unchanged").isEqualTo(original);
        String added = new String(after, original.length, after.length - original.length, StandardCharsets.UTF_8);
        assertThat(added).contains("Central Asian Bank for Cooperation", "Treaty of Eternal Friendship between Kazakhstan, Kyrgyzstan");
        CiteCliTest.Footnotes f = CiteCliTest.Footnotes.of(added);
        assertThat(f.definitions()).allSatisfy((label, count) -> assertThat(count).as(label).isEqualTo(1));
        assertThat(f.definitions().keySet()).containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(f.references()));
        assertThat(names()).containsExactly("thesis.md");
    }

    /**
     * The case the lock's check is for: a writer opens the draft and waits for the lock while
     * another renames a new version into place. The waiter then holds the lock of a file that is
     * no longer the draft, and must read and extend the new one, or the other's work is lost.
     */
    @Test
    void aWriterThatWaitedForTheLockExtendsTheVersionThatReplacedTheFileItOpened() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc to see the child open the draft");
        Path draft = Files.writeString(dir.resolve("essay.md"), "# My essay\n");
        Process child;
        try (AtomicFile.Locked held = AtomicFile.lock(draft)) {
            child = start(0, "cite", "cadb", "--into", "essay.md");
            awaitOpen(child, draft);
            held.replace(out -> out.write("# My essay\n\nAnother writer's paragraph.[^essay-kk]\n\n[^essay-kk]: Defined by the other writer.\n"
                    .getBytes(StandardCharsets.UTF_8)));
        }
        Run r = finish(child);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("appended 1 paragraph(s) and 3 footnote(s) to essay.md\n");
        String text = Files.readString(draft);
        assertThat(text).startsWith("# My essay\n\nAnother writer's paragraph.[^essay-kk]\n\n[^essay-kk]: Defined by the other writer.\n\n\\[Central Asian Bank");
        CiteCliTest.Footnotes f = CiteCliTest.Footnotes.of(text);
        assertThat(f.definitions()).allSatisfy((label, count) -> assertThat(count).as(label).isEqualTo(1));
        assertThat(names()).containsExactly("essay.md");
    }

    /** Waits until the child has the draft open (it then waits for the lock this test holds). */
    private static void awaitOpen(Process child, Path draft) throws Exception {
        Path real = draft.toRealPath();
        Path fds = Path.of("/proc", Long.toString(child.pid()), "fd");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the child waits for the lock instead of ending").isTrue();
            try (Stream<Path> s = Files.list(fds)) {
                for (Path fd : s.toList()) {
                    try {
                        if (Files.readSymbolicLink(fd).equals(real)) {
                            return;
                        }
                    } catch (IOException e) {
                        // That descriptor closed meanwhile.
                    }
                }
            } catch (IOException e) {
                // The folder changes as it is read; look again.
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child never opened " + draft);
    }
}
