package dev.kzuz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kzuz.cli.ArchiveGroup;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained linux-x64 image as a user gets it (target/kzuz-VERSION-linux-x64.tar.gz, made
 * at package by the image profile): unpacked and run with {@code env -i} — no java anywhere on the
 * PATH, no JAVA_HOME — every command answering exactly as the jar does on the full JDK, so the
 * trimmed runtime lacks nothing kzuz uses.
 */
class ImageIT {
    private static final String NAME = "kzuz-" + Unpacked.VERSION + "-linux-x64";
    /** Whether the JDK that built the image makes AOT caches (JDK 25+), which the image then ships. */
    private static final boolean SHIPS_ARCHIVES = Runtime.version().feature() >= 25;

    private static Path image(Path into) throws Exception {
        assumeTrue(Files.exists(Path.of("target/" + NAME + ".tar.gz")), "the image is made on linux-x64 only");
        return Unpacked.untar(NAME, into);
    }

    private static Map<String, String> plainEnv(Path home, Path tools) {
        return new HashMap<>(Map.of("HOME", home.toString(), "PATH", tools.toString(), "KZUZ_LANG", "en"));
    }

    private static List<String> command(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/kzuz").toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void theImageHoldsARuntimeTheLauncherTheJarTheDocsAndItsArchives(@TempDir Path dir) throws Exception {
        Path root = image(dir);
        for (String f : List.of("bin/kzuz", "runtime/bin/java", "runtime/release", "lib/kzuz.jar", "README.md", "LICENSE", "LICENSE-DATA",
                "completions/kzuz.bash", "man/kzuz.1", "man/kk/kzuz.1", "man/ru/kzuz.1", "man/uz/kzuz.1")) {
            assertThat(root.resolve(f)).isRegularFile();
        }
        assertThat(Files.isExecutable(root.resolve("bin/kzuz"))).isTrue();
        assertThat(Files.isExecutable(root.resolve("runtime/bin/java"))).isTrue();
        assertThat(root.resolve("runtime/lib/server/classes.jsa")).as("the JDK classes' archive, made by jlink").isRegularFile();
        for (ArchiveGroup g : ArchiveGroup.values()) {
            Path archive = root.resolve("lib/kzuz-" + g.word() + ".aot");
            if (SHIPS_ARCHIVES) {
                assertThat(archive).isRegularFile();
                assertThat(archive.resolveSibling(archive.getFileName() + ".cksum")).isRegularFile();
            } else {
                assertThat(archive).doesNotExist();
            }
        }
        // Trimmed: far smaller than the JDK it was made from.
        long bytes;
        try (Stream<Path> s = Files.walk(root.resolve("runtime"))) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(160L << 20);
    }

    @Test
    void everyCommandAnswersAsOnTheFullJdkWithNoJavaInstalled(@TempDir Path dir) throws Exception {
        Path root = image(dir.resolve("unpacked"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path tools = Unpacked.toolsWithoutJavaOrMaven();
        Path draft = Files.writeString(dir.resolve("draft.md"), "# Жоба\n\n1998 жылғы 31 қазанда Ташкентте Мәңгілік достық туралы шартқа қол қойылды.\n");
        String[][] commands = {
            {"--version"}, {"treaties", "--since", "1994"}, {"treaty", "eternal-friendship-1998", "--lang", "kk"},
            {"events", "--since", "2024", "--lang", "ru"}, {"event", "tokayev-state-visit-2025"}, {"institutions", "--lang", "kk"},
            {"institution", "csto", "--lang", "kk"}, {"claims"}, {"timeline", "--since", "2020", "--lang", "ru"}, {"search", "Тошкент"},
            {"trade", "--since", "2022", "--lang", "kk"}, {"trade", "--format", "csv"}, {"events", "--format", "json"},
            {"cite", "eternal-friendship-1998", "--style", "gost", "--lang", "kk"}, {"cite", "cadb", "--style", "apa", "--lang", "ru"},
            {"sources", "csto"}, {"check", draft.toString(), "--lang", "kk"}, {"validate"}, {"csl", "--lang", "kk"}, {"cache"},
            {"help", "treaties"}, {"treaties", "--since", "2022", "--lang", "uz"}, {"cite", "cadb", "--style", "gost", "--lang", "uz"},
        };
        for (String[] args : commands) {
            String line = String.join(" ", args);
            Unpacked.Run r = Unpacked.run(dir, plainEnv(home, tools), command(root, args));
            assertThat(r.code()).as(line + ": " + r.err()).isZero();
            assertThat(r.err()).as(line).doesNotContain("Exception", "Error:", "WARNING");
            if (args[0].equals("--version") || args[0].equals("cache")) {
                continue;
            }
            // The same answer from the jar on the JDK running this test (its folders differ only).
            List<String> onJdk = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin/java").toString(),
                    "-cp", root.resolve("lib/kzuz.jar").toString(), "dev.kzuz.Kzuz"));
            onJdk.addAll(List.of(args));
            // (Without the launcher, the JVM needs a UTF-8 locale to read the arguments' letters.)
            Map<String, String> utf8 = plainEnv(home, tools);
            utf8.put("LANG", "C.UTF-8");
            Unpacked.Run expected = Unpacked.run(dir, utf8, onJdk);
            assertThat(r.out()).as(line).isEqualTo(expected.out());
            assertThat(r.err()).as(line).isEqualTo(expected.err());
        }
        Unpacked.Run version = Unpacked.run(dir, plainEnv(home, tools), command(root, "--version"));
        assertThat(version.out()).startsWith("kzuz " + Unpacked.VERSION + "\nknowledge base: ")
                .contains(root.toRealPath().resolve("runtime").toString());
    }

    @Test
    void itsOwnJavaIsUsedWhateverJavaHomeSaysAndItsArchivesServeEveryUser(@TempDir Path dir) throws Exception {
        Path root = image(dir.resolve("unpacked"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Map<String, String> env = plainEnv(home, Unpacked.toolsWithoutJavaOrMaven());
        env.put("JAVA_HOME", "/nonexistent/jdk");
        for (String[] args : List.of(new String[] {"treaties"}, new String[] {"institution", "cadb"}, new String[] {"search", "CADB"})) {
            Unpacked.Run r = Unpacked.run(dir, env, command(root, args));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
        }
        if (SHIPS_ARCHIVES) {
            // The image's archives were used: this user's cache trains none of its own.
            Thread.sleep(1000);
            try (Stream<Path> s = Files.walk(home.resolve(".cache/kzuz"))) {
                assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".aot") || n.endsWith(".training"));
            }
        }
    }

    @Test
    void aDamagedArchiveOfTheImageIsSaidOnceAndSetAside(@TempDir Path dir) throws Exception {
        assumeTrue(SHIPS_ARCHIVES, "only a JDK 25+ image ships archives");
        Path root = image(dir.resolve("unpacked"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Map<String, String> env = plainEnv(home, Unpacked.toolsWithoutJavaOrMaven());
        List<String> show = command(root, "institution", "cadb", "--format", "md");
        Unpacked.Run first = Unpacked.run(dir, env, show);
        assertThat(first.code()).isZero();
        byte[] noise = new byte[65536];
        new Random(7).nextBytes(noise);
        try (RandomAccessFile f = new RandomAccessFile(root.resolve("lib/kzuz-show.aot").toFile(), "rw")) {
            f.seek(f.length() / 2);
            f.write(noise);
        }
        Unpacked.Run crashed = Unpacked.run(dir, env, show);
        assertThat(crashed.out()).doesNotContain("fatal error").doesNotContain("#");
        Unpacked.Run next = Unpacked.run(dir, env, show);
        assertThat(next.code()).isZero();
        assertThat(next.out()).isEqualTo(first.out());
        if (crashed.code() != 0) {
            assertThat(next.err()).isEqualTo("kzuz: this installation's class-data archive kzuz-show.aot is damaged;"
                    + " kzuz goes on without it (install kzuz again to restore it)\n");
            Unpacked.Run after = Unpacked.run(dir, env, show);
            assertThat(after.err()).isEmpty();
            assertThat(after.out()).isEqualTo(first.out());
        }
    }
}
