package dev.kzuz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives as a student gets them (made at package, src/assembly/release.xml):
 * unpacked into a temporary folder and run with nothing but a Java runtime — no Maven and no java
 * on the PATH, JAVA_HOME naming a runtime without javac (the image's, where it was made), a HOME
 * of its own — every command answering from the bundled jar without building anything.
 */
class ReleaseArchiveIT {
    private static final List<String> CONTENTS = List.of("bin/kzuz", "lib/kzuz.jar", "README.md", "LICENSE", "LICENSE-DATA",
            "completions/kzuz.bash", "completions/kzuz.zsh", "completions/kzuz.fish", "man/kzuz.1", "man/kzuz-treaties.1");
    private static final String version = Unpacked.VERSION;

    @Test
    void theZipAndTheTarballHoldTheLauncherTheJarTheDocsAndTheLicences(@TempDir Path dir) throws Exception {
        List<String> zipped = new ArrayList<>();
        try (ZipFile zip = new ZipFile(Path.of("target/kzuz-" + version + ".zip").toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(zipped::add);
        }
        String prefix = "kzuz-" + version + "/";
        assertThat(zipped).allSatisfy(name -> assertThat(name).startsWith(prefix));
        assertThat(zipped).containsAll(CONTENTS.stream().map(c -> prefix + c).toList());
        assertThat(zipped).noneMatch(name -> name.contains("/src/") || name.endsWith("pom.xml") || name.contains("/kb/"));
        Path root = unpack(dir);
        for (String c : CONTENTS) {
            assertThat(root.resolve(c)).isRegularFile();
        }
        assertThat(Files.isExecutable(root.resolve("bin/kzuz"))).isTrue();
    }

    @Test
    void everyCommandAnswersWithOnlyAJavaRuntime(@TempDir Path dir) throws Exception {
        Path root = unpack(dir.resolve("unpacked"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path tools = toolsWithoutJavaOrMaven();
        Path draft = Files.writeString(dir.resolve("draft.md"), "# Draft\n\nThe Treaty of Eternal Friendship was signed on 31 October 1998.\n");
        String[][] commands = {
            {"--version"}, {"treaties", "--since", "1994"}, {"treaty", "eternal-friendship-1998"}, {"events", "--since", "2024"},
            {"event", "tokayev-state-visit-2025"}, {"institutions"}, {"institution", "csto", "--lang", "kk"}, {"claims"},
            {"timeline", "--since", "2020", "--lang", "ru"}, {"search", "Тошкент"}, {"trade", "--since", "2022"},
            {"cite", "eternal-friendship-1998", "--style", "gost"}, {"sources", "csto"}, {"check", draft.toString()},
            {"validate"}, {"csl", "--lang", "kk"}, {"cache"},
        };
        for (String[] args : commands) {
            List<String> command = new ArrayList<>(List.of(root.resolve("bin/kzuz").toString()));
            command.addAll(List.of(args));
            Unpacked.Run r = run(dir, home, tools, command);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.err()).as(String.join(" ", args)).doesNotContain("building", "Maven", "mvn");
            assertThat(r.out()).as(String.join(" ", args)).isNotBlank();
        }
        assertThat(run(dir, home, tools, List.of(root.resolve("bin/kzuz").toString(), "--version")).out())
                .startsWith("kzuz " + version + "\nknowledge base: ");
        // Nothing was built in the release, and the JVM's archives went to this HOME's cache.
        assertThat(root.resolve("target")).doesNotExist();
        assertThat(home.resolve(".cache/kzuz")).isDirectory();
    }

    @Test
    void aReleaseMissingItsJarSaysSoInOneLine(@TempDir Path dir) throws Exception {
        Path root = unpack(dir.resolve("unpacked"));
        Files.delete(root.resolve("lib/kzuz.jar"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Unpacked.Run r = run(dir, home, toolsWithoutJavaOrMaven(), List.of(root.resolve("bin/kzuz").toString(), "treaties"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("kzuz: " + root.toRealPath().resolve("lib/kzuz.jar")
                + " is missing: this copy of kzuz is incomplete (unpack or install it again)\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aDamagedJarInAReleaseSaysSoInOneLineAndTouchesNothing(@TempDir Path dir) throws Exception {
        Path root = unpack(dir.resolve("unpacked"));
        Path jar = root.resolve("lib/kzuz.jar");
        byte[] whole = Files.readAllBytes(jar);
        Files.write(jar, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path home = Files.createDirectories(dir.resolve("home"));
        Unpacked.Run r = run(dir, home, toolsWithoutJavaOrMaven(), List.of(root.resolve("bin/kzuz").toString(), "treaties"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("kzuz: " + root.toRealPath().resolve("lib/kzuz.jar")
                + " is damaged: this copy of kzuz cannot run (unpack or install it again)\n");
        try (var files = Files.list(root.resolve("lib"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("kzuz.jar");
        }
    }

    @Test
    void withoutAWritableCacheTheReleaseStillAnswers(@TempDir Path dir) throws Exception {
        Path root = unpack(dir.resolve("unpacked"));
        Path tools = toolsWithoutJavaOrMaven();
        Path notAFolder = Files.writeString(dir.resolve("cache-is-a-file"), "");
        // A HOME nobody can write in (not even root: /proc), a missing one, and a cache that is a file.
        for (Map<String, String> env : List.of(Map.of("HOME", "/proc"), Map.of("HOME", dir.resolve("no-such-home").toString()),
                Map.of("HOME", "/proc", "XDG_CACHE_HOME", notAFolder.toString()))) {
            Map<String, String> all = new java.util.HashMap<>(Map.of("PATH", tools.toString(),
                    "JAVA_HOME", javaRuntime().toString(), "KZUZ_LANG", "en", "LANG", "C.UTF-8"));
            all.putAll(env);
            Unpacked.Run r = Unpacked.run(dir, all, List.of(root.resolve("bin/kzuz").toString(), "institution", "cadb", "--format", "json"));
            assertThat(r.code()).as(env + ": " + r.err()).isZero();
            assertThat(r.err()).as(env.toString()).isEmpty();
            assertThat(r.out()).contains("\"id\": \"cadb\"");
        }
    }

    /**
     * A plain Java runtime, as a user without a JDK has: the trimmed one of the self-contained
     * image (no javac, no jmods) where the build made it, else the JDK running the tests.
     */
    private static Path javaRuntime() {
        Path image = Path.of("target/image/kzuz-" + version + "-linux-x64/runtime").toAbsolutePath();
        return Files.isRegularFile(image.resolve("bin/java")) ? image : Path.of(System.getProperty("java.home"));
    }

    private static Path unpack(Path into) throws Exception {
        return Unpacked.untar("kzuz-" + version, into);
    }

    private static Path toolsWithoutJavaOrMaven() throws Exception {
        return Unpacked.toolsWithoutJavaOrMaven();
    }

    private static Unpacked.Run run(Path dir, Path home, Path tools, List<String> command) throws Exception {
        return Unpacked.run(dir, java.util.Map.of("HOME", home.toString(), "PATH", tools.toString(),
                "JAVA_HOME", javaRuntime().toString(), "KZUZ_LANG", "en", "LANG", "C.UTF-8"), command);
    }
}
