package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What kzuz check reads, and how it names it: at most 10 MiB from any kind of file or from
 * standard input (more is an error, never a draft cut short), a file name the locale cannot
 * spell, closed standard input, and file names with control characters.
 */
class CheckInputTest {
    private static final int LIMIT = 10 * 1024 * 1024;
    /** Contradicts the knowledge base (the treaty was signed on 31 October 1998). */
    private static final String WRONG = "The Treaty of Eternal Friendship between Kazakhstan and Uzbekistan was signed in Tashkent"
            + " on 31 October 1997.\n";
    private static final String TOO_LARGE = "is larger than 10 MiB; check a draft, not a library";

    @TempDir
    Path dir;

    private static CliResult withStdin(byte[] stdin, String... args) {
        return CliResult.run(new App(new Terminal(false), new ByteArrayInputStream(stdin)), args);
    }

    /** {@code size} bytes: blanks, then the wrong sentence at the very end. */
    private static byte[] wrongAtTheEnd(int size) {
        byte[] sentence = WRONG.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(sentence, 0, bytes, size - sentence.length, sentence.length);
        return bytes;
    }

    @Test
    void standardInputOfTheLimitIsCheckedToItsLastSentence() {
        assertThat(withStdin(wrongAtTheEnd(LIMIT), "check", "-")).exitCode(5).outContains("<stdin>:1:", "date \"31 October 1997\"");
    }

    @Test
    void standardInputOverTheLimitIsAnErrorNotADraftCutShort() {
        // Before, the first 10 MiB were checked and the contradiction past them went unseen (exit 0).
        CliResult r = withStdin(wrongAtTheEnd(LIMIT + 1), "check", "-");
        assertThat(r).failedWith(2).errContains("<stdin> " + TOO_LARGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void twelveMiBOfKazakhOnStandardInputIsTooLargeNotBrokenUtf8() {
        // Cut at 10 MiB, the last letter was cut in two and the draft reported as not UTF-8.
        byte[] sentence = "Қазақстан мен Өзбекстан арасындағы қарым-қатынастар дамып келеді. ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[12 * 1024 * 1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = sentence[i % sentence.length];
        }
        assertThat(withStdin(bytes, "check", "-")).failedWith(2).errContains("<stdin> " + TOO_LARGE);
    }

    @Test
    void aFileOverTheLimitIsRefusedUnreadAndOneOfTheLimitIsChecked() throws IOException {
        Path sparse = dir.resolve("sparse.md");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(LIMIT + 1L);
        }
        assertThat(CliResult.run("check", sparse.toString())).failedWith(2).errContains(sparse + " " + TOO_LARGE);
        Path full = Files.write(dir.resolve("full.md"), wrongAtTheEnd(LIMIT));
        assertThat(CliResult.run("check", full.toString())).exitCode(5).outContains("full.md:1:", "date \"31 October 1997\"");
    }

    @Test
    void anEndlessDeviceIsReadUpToTheLimitOnly() {
        // Before, /dev/zero was read until the heap ran out (5.5 GB, then OutOfMemoryError).
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        assertThat(CliResult.run("check", "/dev/zero")).failedWith(2).errContains("/dev/zero " + TOO_LARGE);
    }

    @Test
    void aFifoIsReadLikeAFileAndBoundedLikeOne() throws Exception {
        Path fifo = fifo("draft.md");
        Thread writer = writeInBackground(fifo, WRONG.getBytes(StandardCharsets.UTF_8));
        assertThat(CliResult.run("check", fifo.toString())).exitCode(5).outContains(fifo + ":1:105: date \"31 October 1997\"");
        writer.join(10_000);

        Path endless = fifo("endless.md");
        writer = writeInBackground(endless, wrongAtTheEnd(LIMIT + 4096));
        assertThat(CliResult.run("check", endless.toString())).failedWith(2).errContains(endless + " " + TOO_LARGE);
        writer.join(10_000);
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            throw e;
        }
        assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mkfifo").isTrue();
        return fifo;
    }

    /** Writes into a fifo as a shell's <(…) would; the reader may stop early (a broken pipe is fine then). */
    private static Thread writeInBackground(Path fifo, byte[] bytes) {
        Thread t = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (IOException brokenPipe) {
                // the reader stopped at the limit
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void controlCharactersInTheFileNameNeverReachTheTerminal() throws IOException {
        String name = "\u001b]0;PWNED\u0007.md";
        Path draft = Files.writeString(dir.resolve(name), WRONG);
        CliResult text = CliResult.run("check", draft.toString());
        assertThat(text).exitCode(5).outContains(dir.resolve("]0;PWNED.md") + ":1:", "1 contradiction(s) in " + dir.resolve("]0;PWNED.md"));
        assertThat(text.out()).doesNotContain("\u001b", "\u0007");
        // JSON keeps the name as it is, escaped.
        CliResult json = CliResult.run("check", draft.toString(), "--format", "json");
        assertThat(json).exitCode(5).outContains("\"file\" : \"" + dir + "/\\u001B]0;PWNED\\u0007.md\"");
        assertThat(json.out()).doesNotContain("\u001b", "\u0007");
    }

    @Test
    void aNameWithANulCharacterIsNoSuchFile() {
        assertThat(CliResult.run("check", "draft\u0000.md")).failedWith(2).errContains("no such file: draft");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsReadAsPlainText() throws IOException {
        String lf = "# Draft\n\nThe Treaty of Eternal Friendship between Kazakhstan and Uzbekistan\nwas signed on 31 October 1997.\n\n"
                + "In 2011 trade between Kazakhstan and Uzbekistan was $3.5 billion.\n";
        Path plain = Files.writeString(dir.resolve("lf.md"), lf);
        Path windows = Files.writeString(dir.resolve("crlf.md"), "\uFEFF" + lf.replace("\n", "\r\n"));
        CliResult expected = CliResult.run("check", plain.toString(), "--all");
        assertThat(expected).exitCode(5);
        CliResult r = CliResult.run("check", windows.toString(), "--all");
        assertThat(r).exitCode(5);
        assertThat(r.out().replace("crlf.md", "lf.md")).isEqualTo(expected.out());
    }

    @Test
    void aDayTheMonthLacksIsNoInternalError() throws IOException {
        // Before: "internal error: java.time.DateTimeException", exit 1. "June 1998" is what the sentence still says.
        Path draft = Files.writeString(dir.resolve("june.md"), "The Treaty of Eternal Friendship between Kazakhstan and Uzbekistan"
                + " was signed on 31 June 1998.\n");
        assertThat(CliResult.run("check", draft.toString())).exitCode(5).outContains("june.md:1:85: date \"June 1998\" — Treaty of Eternal Friendship");
    }

    // ---- process level: what only a real process has --------------------------------

    /** Runs kzuz in a JVM of its own through sh (for redirections), in {@code dir}, with {@code env} added. */
    private CliResult process(Map<String, String> env, String shellArgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$0\" -cp \"$1\" dev.kzuz.Kzuz " + shellArgs, java,
                System.getProperty("java.class.path")));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("KZUZ_LANG", "en"); // English whatever this machine's locale or config file says
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CliResult(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void closedStandardInputIsSaidToBeClosed() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "telling closed standard input needs /proc");
        // The JVM's first open file (its module image) takes descriptor 0: before, "a binary file".
        CliResult r = process(Map.of(), "check - <&-");
        assertThat(r).failedWith(2).errContains("kzuz: standard input is closed");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void aCyrillicFileNameOpensUnderTheCLocale() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/cwd")), "opening a name the locale cannot spell needs /proc");
        // Under LC_ALL=C, Java cannot make a path of "эссе.md" (before: an internal error).
        Files.writeString(dir.resolve("эссе.md"), WRONG);
        CliResult r = process(Map.of("LC_ALL", "C"), "check эссе.md");
        assertThat(r).exitCode(5).outContains("эссе.md:1:105: date \"31 October 1997\"", "1 contradiction(s) in эссе.md");
        assertThat(process(Map.of("LC_ALL", "C"), "check нет.md")).failedWith(2).errContains("no such file: нет.md");
    }
}
