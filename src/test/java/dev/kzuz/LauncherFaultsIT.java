package dev.kzuz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher under faults, as processes: concurrent first runs, sources saved during a build,
 * damaged jars and archives, hostile or missing cache folders, odd clone paths under LANG=C, a
 * rebuild under a running shell. Each test runs a clone of its own whose Maven is a stand-in that
 * counts its builds and "builds" by writing the real jar in place, as Maven's jar plugin does.
 */
class LauncherFaultsIT {
    private static final Path REAL_ROOT = Path.of("").toAbsolutePath();
    private static final Path REAL_JAR = REAL_ROOT.resolve("target/kzuz.jar");
    private static final Path REAL_KB = REAL_ROOT.resolve("target/classes/kb");

    @TempDir
    Path dir;
    private Path clone;
    private Path builds;
    private Map<String, String> env;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void makeClone() throws IOException {
        clone = makeClone(dir.resolve("clone"));
        builds = dir.resolve("builds.log");
        Path fakeBin = Files.createDirectories(dir.resolve("fake-bin"));
        Path mvn = fakeBin.resolve("mvn");
        // A build: counted, slow enough to meet another, the jar written in place (not renamed).
        Files.writeString(mvn, "#!/bin/sh\n"
                + "echo build >>'" + builds + "'\n"
                + "sleep \"${FAKE_MVN_SLEEP:-1}\"\n"
                + "mkdir -p target/classes/kb\n"
                + "cat '" + REAL_JAR + "' >target/kzuz.jar\n"
                + "cp '" + REAL_KB + "'/kb.bin '" + REAL_KB + "'/search-index.bin '" + REAL_KB + "'/index.txt target/classes/kb/\n");
        Files.setPosixFilePermissions(mvn, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        env = new HashMap<>(Map.of(
                "PATH", fakeBin + ":/usr/bin:/bin",
                "JAVA_HOME", javaHome().toString(),
                "HOME", Files.createDirectories(dir.resolve("home")).toString(),
                "XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "KZUZ_CDS", "0"));
    }

    private static Path makeClone(Path clone) throws IOException {
        Files.createDirectories(clone.resolve("bin"));
        Files.copy(REAL_ROOT.resolve("bin/kzuz"), clone.resolve("bin/kzuz"));
        Files.copy(REAL_ROOT.resolve("pom.xml"), clone.resolve("pom.xml"));
        Files.createDirectories(clone.resolve("src/main/java"));
        Files.writeString(clone.resolve("src/main/java/Source.java"), "class Source {}\n");
        Files.createDirectories(clone.resolve("kb/treaties"));
        Files.writeString(clone.resolve("kb/treaties/a.yaml"), "a: 1\n");
        return clone;
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    private Run run(Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(clone.resolve("bin/kzuz").toString()));
        command.addAll(List.of(args));
        return finish(start(extra, command));
    }

    private Process start(Map<String, String> extra, List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        for (Map.Entry<String, String> e : extra.entrySet()) {
            if (e.getValue() == null) {
                pb.environment().remove(e.getKey());
            } else {
                pb.environment().put(e.getKey(), e.getValue());
            }
        }
        return pb.start();
    }

    private static Run finish(Process p) throws Exception {
        p.getOutputStream().close();
        var err = new java.util.concurrent.CompletableFuture<byte[]>();
        Thread t = new Thread(() -> {
            try {
                err.complete(p.getErrorStream().readAllBytes());
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        t.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8));
    }

    private long builds() throws IOException {
        return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
    }

    private Path installed() throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve("cache"))) {
            Path current = s.filter(p -> p.getFileName().toString().equals("current")).findFirst().orElseThrow();
            return current.resolveSibling(Files.readString(current).strip());
        }
    }

    @Test
    void threeFirstRunsAtOnceBuildOnceAndAllAnswer() throws Exception {
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(start(Map.of("FAKE_MVN_SLEEP", "3"), List.of(clone.resolve("bin/kzuz").toString(), "institution", "cadb", "--format", "json")));
        }
        List<Run> results = new ArrayList<>();
        for (Process p : runs) {
            results.add(finish(p));
        }
        assertThat(results).allSatisfy(r -> {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"id\": \"cadb\"");
        });
        assertThat(builds()).isEqualTo(1);
        assertThat(results.stream().filter(r -> r.err().contains("waiting for another kzuz")).count()).isGreaterThanOrEqualTo(1);
        assertThat(clone.resolve("target/kzuz.jar")).exists();
        assertThat(clone.resolve("target/.build.lock")).doesNotExist();
    }

    @Test
    void aSourceSavedDuringABuildIsBuiltNextAndATouchIsNot() throws Exception {
        Process first = start(Map.of("FAKE_MVN_SLEEP", "3"), List.of(clone.resolve("bin/kzuz").toString(), "--version"));
        Thread.sleep(1500);
        Files.writeString(clone.resolve("kb/treaties/a.yaml"), "a: 2\n");
        assertThat(finish(first).code()).isZero();
        assertThat(builds()).isEqualTo(1);
        assertThat(run(Map.of(), "--version").code()).isZero();
        assertThat(builds()).as("the edit made during the build").isEqualTo(2);
        assertThat(run(Map.of(), "--version").code()).isZero();
        assertThat(builds()).isEqualTo(2);
        // Saved again unchanged (an editor's save, a checkout): the content decides.
        Thread.sleep(20);
        Files.writeString(clone.resolve("kb/treaties/a.yaml"), "a: 2\n");
        Run r = run(Map.of(), "--version");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(builds()).isEqualTo(2);
    }

    @Test
    void aTruncatedJarIsBuiltAgain() throws Exception {
        assertThat(run(Map.of(), "--version").code()).isZero();
        Path jar = clone.resolve("target/kzuz.jar");
        try (RandomAccessFile f = new RandomAccessFile(jar.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        Run r = run(Map.of(), "institution", "cadb", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("damaged");
        assertThat(r.out()).contains("\"id\": \"cadb\"");
        assertThat(builds()).isEqualTo(2);
    }

    @Test
    void aDamagedInstalledJarIsInstalledAgain() throws Exception {
        assertThat(run(Map.of(), "--version").code()).isZero();
        Path copy = installed().resolve("kzuz.jar");
        try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
            f.setLength(1000);
        }
        Run broken = run(Map.of(), "institution", "cadb", "--format", "json");
        assertThat(broken.code()).isNotZero();
        Run r = run(Map.of(), "institution", "cadb", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("kzuz: the installed copy of the jar was damaged; it is installed again\n");
        assertThat(r.out()).contains("\"id\": \"cadb\"");
        assertThat(builds()).isEqualTo(1);
    }

    @Test
    void aDamagedArchiveNeverReachesStdoutAndIsMadeAgain() throws Exception {
        env.remove("KZUZ_CDS");
        String[] command = {"institution", "cadb", "--format", "md"};
        Run first = run(Map.of(), command);
        assertThat(first.code()).isZero();
        Path archive = awaitArchive("show");
        // Damage the body, keeping the header: the JVM maps it and crashes.
        archive.toFile().setWritable(true);
        byte[] noise = new byte[65536];
        new Random(7).nextBytes(noise);
        try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
            f.seek(Math.min(3_000_000, f.length() / 2));
            f.write(noise);
        }
        Run crashed = run(Map.of(), command);
        assertThat(crashed.out()).doesNotContain("fatal error").doesNotContain("#");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
        Run next = run(Map.of(), command);
        assertThat(next.code()).isZero();
        assertThat(next.out()).isEqualTo(first.out());
        if (crashed.code() != 0) {
            assertThat(next.err()).startsWith("kzuz: a class-data archive was damaged (").endsWith("); it is made again\n");
        }
    }

    @Test
    void theArchivesOfAJdkThatIsGoneAreRemovedWhenTheNextIsMade() throws Exception {
        env.remove("KZUZ_CDS");
        // A JDK of its own: the real one's java linked, its release file copied.
        Path other = Files.createDirectories(dir.resolve("other-jdk/bin"));
        Files.createSymbolicLink(other.resolve("java"), javaHome().resolve("bin/java"));
        Files.copy(javaHome().resolve("release"), other.resolveSibling("release"));
        String[] command = {"institution", "cadb", "--format", "md"};
        assertThat(run(Map.of("JAVA_HOME", other.getParent().toString()), command).code()).isZero();
        Path first = awaitArchive("show");
        assertThat(first.getFileName().toString()).startsWith("kzuz-other-jdk-");
        // That JDK is uninstalled; the next JDK's first run trains its own archive and drops the other's.
        deleteTree(other.getParent());
        assertThat(run(Map.of(), command).code()).isZero();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (Files.exists(first) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        try (Stream<Path> s = Files.list(installed())) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("kzuz-other-jdk-"));
        }
        assertThat(awaitArchive("show").getFileName().toString()).startsWith("kzuz-" + javaHome().getFileName() + "-");
    }

    private static void deleteTree(Path top) throws IOException {
        try (Stream<Path> s = Files.walk(top)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Path awaitArchive(String group) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(installed())) {
                List<Path> done = s.filter(p -> p.getFileName().toString().matches("kzuz-.*-" + group + "\\.(jsa|aot)\\.cksum")).toList();
                if (!done.isEmpty()) {
                    String name = done.get(0).getFileName().toString();
                    return done.get(0).resolveSibling(name.substring(0, name.length() - ".cksum".length()));
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no archive for " + group + " under " + installed());
    }

    @Test
    void withoutHomeOrXdgThereIsNoCacheAtAll() throws Exception {
        Path shared = Path.of("/tmp/.cache/kzuz");
        boolean before = Files.exists(shared);
        Run r = run(mapOf("HOME", null, "XDG_CACHE_HOME", null, "KZUZ_CDS", null), "institution", "cadb", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"id\": \"cadb\"");
        if (!before) {
            assertThat(shared).doesNotExist();
        }
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void aRelativeXdgCacheHomeIsIgnored() throws Exception {
        Run r = run(Map.of("XDG_CACHE_HOME", "relative-cache"), "--version");
        assertThat(r.code()).isZero();
        assertThat(dir.resolve("relative-cache")).doesNotExist();
        assertThat(dir.resolve("home/.cache/kzuz")).isDirectory();
        assertThat(Files.getPosixFilePermissions(dir.resolve("home/.cache/kzuz"))).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void aCacheFolderThatIsALinkIsNotFollowed() throws Exception {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.createDirectories(dir.resolve("cache"));
        Files.createSymbolicLink(dir.resolve("cache/kzuz"), victim);
        Run r = run(Map.of(), "institution", "cadb", "--format", "json");
        assertThat(r.code()).isZero();
        try (Stream<Path> s = Files.list(victim)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void aClosedStdoutIsAnErrorNotSilence() throws Exception {
        assertThat(run(Map.of(), "--version").code()).isZero();
        Run r = finish(start(Map.of(), List.of("bash", "-c", "'" + clone.resolve("bin/kzuz") + "' treaties >&-")));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("kzuz: standard output is closed: nothing to write the answer to\n");
    }

    @Test
    void aBrokenJavaHomeIsSaidAndThePathsJavaUsed() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("java-bin"));
        Files.createSymbolicLink(bin.resolve("java"), javaHome().resolve("bin/java"));
        assertThat(run(Map.of(), "--version").code()).isZero();
        Run r = run(Map.of("JAVA_HOME", "/nonexistent/jdk", "PATH", env.get("PATH") + ":" + bin), "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("kzuz: JAVA_HOME (/nonexistent/jdk) has no bin/java; using the java on the PATH\n");
    }

    @Test
    void aBuildWithoutTmpdirIsQuiet() throws Exception {
        Run r = run(Map.of("TMPDIR", "/nonexistent/tmp"), "--version");
        assertThat(r.code()).isZero();
        // Piped, the build says each Maven step on a line of its own, then how long it took: nothing else.
        assertThat(r.err()).startsWith("kzuz: building the jar (first run, or the sources changed)...\n")
                .containsPattern("\nkzuz: built in \\d+ s\n$");
        assertThat(r.err().lines()).allMatch(l -> l.startsWith("kzuz: building") || l.matches("kzuz: built in \\d+ s"));
    }

    @Test
    void aJavaWithoutAReleaseFileGetsFlagsItTakes() throws Exception {
        Path home = Files.createDirectories(dir.resolve("jre/bin"));
        Files.createSymbolicLink(home.resolve("java"), javaHome().resolve("bin/java"));
        // 'full' is the group that passes JDK 22+'s native-access flag, which JDK 17 refuses.
        Run r = run(Map.of("JAVA_HOME", home.getParent().toString(), "KZUZ_CDS", "1"), "cite", "cadb");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[^");
    }

    @Test
    void oddClonePathsWorkUnderTheCLocaleAndKeepTheirArchive() throws Exception {
        clone = makeClone(dir.resolve("it's a \u00fc clone"));
        env.remove("KZUZ_CDS");
        Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "C");
        Run first = run(c, "institution", "cadb", "--format", "md");
        assertThat(first.code()).as(first.err()).isZero();
        Path archive = awaitArchive("show");
        long made = Files.getLastModifiedTime(archive).toMillis();
        Run second = run(c, "institution", "cadb", "--format", "md");
        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        Thread.sleep(1000);
        assertThat(archive).exists();
        assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(made);
        // A draft named in letters beyond ASCII, under the C locale.
        Path draft = dir.resolve("\u044d\u0441\u0441\u0435.md");
        Files.writeString(draft, "The Treaty of Eternal Friendship was signed in 1998.\n");
        Run check = run(c, "check", draft.toString());
        assertThat(check.code()).as(check.err()).isIn(0, 5);
        assertThat(check.out()).contains("\u044d\u0441\u0441\u0435.md");
    }

    @Test
    void aRebuildUnderARunningShellLeavesItWorking() throws Exception {
        assertThat(run(Map.of(), "--version").code()).isZero();
        Process shell = start(Map.of(), List.of(clone.resolve("bin/kzuz").toString(), "shell"));
        OutputStream in = shell.getOutputStream();
        InputStream out = shell.getInputStream();
        in.write("institution cadb --format md\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        StringBuilder seen = new StringBuilder();
        readUntil(out, seen, "## Central Asian Bank for Cooperation and Development");
        // A rebuild writes target/kzuz.jar in place; runs meanwhile install it twice over.
        Thread.sleep(20);
        Files.writeString(clone.resolve("kb/treaties/a.yaml"), "a: 3\n");
        assertThat(run(Map.of(), "--version").code()).isZero();
        Files.writeString(clone.resolve("kb/treaties/a.yaml"), "a: 4\n");
        assertThat(run(Map.of(), "--version").code()).isZero();
        assertThat(builds()).isEqualTo(3);
        in.write("treaty eternal-friendship-1998 --format md\nexit\n".getBytes(StandardCharsets.UTF_8));
        in.close();
        Run rest = finish(shell);
        assertThat(rest.code()).as(rest.err()).isZero();
        assertThat(rest.err()).doesNotContain("NoClassDefFoundError").doesNotContain("Exception");
        assertThat(seen + rest.out()).contains("Eternal Friendship");
    }

    private static void readUntil(InputStream in, StringBuilder seen, String text) throws IOException {
        byte[] buffer = new byte[8192];
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        while (!bytes.toString(StandardCharsets.UTF_8).contains(text)) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new AssertionError("the shell ended before answering: " + bytes.toString(StandardCharsets.UTF_8));
            }
            bytes.write(buffer, 0, n);
        }
        seen.append(bytes.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> mapOf(String... keysAndValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
