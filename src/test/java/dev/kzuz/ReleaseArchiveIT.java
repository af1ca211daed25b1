package dev.kzuz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives as a student gets them (made at package, src/assembly/release.xml):
 * unpacked into a temporary folder and run with nothing but a Java runtime — no Maven and no java
 * on the PATH, JAVA_HOME naming the runtime, a HOME of its own — every command answering from the
 * bundled jar without building anything.
 */
class ReleaseArchiveIT {
    private static final List<String> CONTENTS = List.of("bin/kzuz", "lib/kzuz.jar", "README.md", "LICENSE", "LICENSE-DATA",
            "completions/kzuz.bash", "completions/kzuz.zsh", "completions/kzuz.fish", "man/kzuz.1", "man/kzuz-treaties.1");
    private static String version;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void readVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        version = pom.replaceFirst("(?s).*?<artifactId>kzuz</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
    }

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
        Path tools = toolsWithoutJavaOrMaven(Files.createDirectories(dir.resolve("tools")));
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
            Run r = run(dir, home, tools, command);
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

    private static Path unpack(Path into) throws Exception {
        Files.createDirectories(into);
        Process p = new ProcessBuilder("tar", "xzf", Path.of("target/kzuz-" + version + ".tar.gz").toAbsolutePath().toString())
                .directory(into.toFile()).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return into.resolve("kzuz-" + version);
    }

    /** A PATH folder with the system's commands, less java and Maven: the launcher must do without them. */
    private static Path toolsWithoutJavaOrMaven(Path tools) throws Exception {
        for (String dir : List.of("/usr/bin", "/bin")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith("java") || name.equals("mvn") || name.equals("mvnDebug") || Files.exists(tools.resolve(name))) {
                        continue;
                    }
                    Files.createSymbolicLink(tools.resolve(name), f);
                }
            }
        }
        return tools;
    }

    private static Run run(Path dir, Path home, Path tools, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().put("HOME", home.toString());
        pb.environment().put("PATH", tools.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("KZUZ_LANG", "en");
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
