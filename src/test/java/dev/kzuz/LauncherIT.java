package dev.kzuz;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The packaged jar through the real launcher, as a user runs it: from another folder, through
 * a symlink, into a closed pipe, under LANG=C. Runs after packaging (failsafe), so the launcher
 * finds the jar up to date and never starts a nested build.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin/kzuz").toAbsolutePath();

    record Run(int code, String out, String err) {
    }

    private static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        // The machine's own language settings must not change what the launcher tests read.
        pb.environment().put("KZUZ_LANG", "en");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void runsFromAnyFolderWithTheArgumentsUnchanged(@TempDir Path elsewhere) throws Exception {
        Run r = run(elsewhere, Map.of(), LAUNCHER.toString(), "treaties", "--since", "1994");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("| Date | Title |").contains("1998-10-31");
    }

    @Test
    void runsThroughASymlinkOnThePath(@TempDir Path bin) throws Exception {
        Path link = Files.createSymbolicLink(bin.resolve("kzuz"), LAUNCHER);
        Run r = run(bin, Map.of(), link.toString(), "institution", "cadb", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"id\": \"cadb\"");
        assertThat(link).isSymbolicLink();
    }

    @Test
    void returnsTheExitCodeOfTheCommand(@TempDir Path dir) throws Exception {
        Run r = run(dir, Map.of(), LAUNCHER.toString(), "institution", "cadbx");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("kzuz: no institution 'cadbx' — did you mean 'cadb' (Central Asian Bank for Cooperation and Development)?\n");
    }

    @Test
    void aClosedPipeIsNotAnError(@TempDir Path dir) throws Exception {
        Run r = run(dir, Map.of(), "bash", "-c", "set -o pipefail; '" + LAUNCHER + "' treaties --format json | head -c 100 >/dev/null");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void writesUtf8WhateverTheLocale(@TempDir Path dir) throws Exception {
        Run r = run(dir, Map.of("LANG", "C", "LC_ALL", "C"), LAUNCHER.toString(), "institution", "cadb", "--lang", "kk");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Орталық Азиялық Ынтымақтастық және даму банкі");
    }

    @Test
    void jqCanReadTheJsonDates(@TempDir Path dir) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString(), "treaties", "--format", "json"));
        Run r = run(dir, Map.of(), cmd.toArray(String[]::new));
        assertThat(r.code()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get(0).get("date").asText()).matches("\\d{4}.*");
    }

    /** Pipes a command and 'exit' into 'kzuz shell': it answers, with nothing on stderr. */
    private static void assertTheShellAnswersWithoutWarnings(Path dir, Map<String, String> env) throws Exception {
        Run r = run(dir, env, "bash", "-c", "printf 'institution cadb --format md\\nexit\\n' | '" + LAUNCHER + "' shell");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("## Central Asian Bank for Cooperation and Development");
    }

    @Test
    void theShellReadsCommandsFromAPipeWithoutWarnings(@TempDir Path dir) throws Exception {
        assertTheShellAnswersWithoutWarnings(dir, Map.of("HOME", dir.toString()));
    }

    @Test
    void theShellHasNoNativeAccessWarningsOnNewerJdks(@TempDir Path dir) throws Exception {
        // JDK 22+ warns when JLine loads native code unless the launcher allows it. These machines
        // have a JDK 25 beside the default one; elsewhere there is nothing to check.
        Path jdk = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(jdk.resolve("bin/java")), "no JDK 25 here");
        assertTheShellAnswersWithoutWarnings(dir, Map.of("HOME", dir.toString(), "JAVA_HOME", jdk.toString(), "KZUZ_CDS", "0"));
    }

    @Test
    void listsDetailsAndSearchStartNoLambdaMachinery(@TempDir Path dir) throws Exception {
        // On JDK 17 the first lambda or regular expression costs about 5 ms of start-up. Checked:
        // no lambda of kzuz's, picocli's, a pattern's or a stream's, no pattern with a character
        // class, no stream, while the command runs (what the JDK itself does, and does at exit,
        // differs between JDKs and is not kzuz's).
        java.util.regex.Pattern ours = java.util.regex.Pattern.compile(
                "(?m)^\\S+ (dev\\.kzuz|picocli|java\\.util\\.regex|java\\.util\\.stream)\\.\\S*\\$\\$Lambda\\S* "
                + "|^\\S+ java\\.util\\.regex\\.CharPredicates |^\\S+ java\\.util\\.stream\\.ReferencePipeline ");
        Path root = LAUNCHER.getParent().getParent();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[][] lines = {
            {"treaties", "--since", "1994"}, {"institution", "cadb"}, {"claims", "--verdict", "conflict"},
            {"timeline", "--since", "1997", "--lang", "ru"}, {"institution", "cadbx"}, {"search", "Тошкент"},
            {"treaty", "eternal-frendship"},
        };
        for (String[] args : lines) {
            List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-Xlog:class+load", "-Dkzuz.tty=0",
                    "-Dkzuz.bundle=" + root.resolve("target/classes/kb"), "-cp", root.resolve("target/kzuz.jar").toString(), "dev.kzuz.Kzuz"));
            command.addAll(List.of(args));
            Run r = run(dir, Map.of(), command.toArray(String[]::new));
            assertThat(r.code()).isIn(0, 3);
            String running = r.out().substring(0, Math.max(0, r.out().indexOf(" java.lang.Shutdown ")));
            assertThat(running).as(String.join(" ", args)).contains(" dev.kzuz.Kzuz ");
            assertThat(ours.matcher(running).find()).as(String.join(" ", args) + ": " + (ours.matcher(running).find()
                    ? running.substring(Math.max(0, ours.matcher(running).results().findFirst().get().start() - 300),
                            ours.matcher(running).results().findFirst().get().end()) : "")).isFalse();
        }
    }

    @Test
    void pointsTheJvmAtTheInstalledCopyOfTheBuildsCompiledRecords(@TempDir Path dir) throws Exception {
        // The JVM lists its system properties on stderr when asked through JDK_JAVA_OPTIONS.
        Map<String, String> env = Map.of("JDK_JAVA_OPTIONS", "-XshowSettings:properties", "XDG_CACHE_HOME", dir.toString(), "KZUZ_CDS", "0");
        Run r = run(dir, env, LAUNCHER.toString(), "--version");
        assertThat(r.code()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("kzuz\\.bundle = (\\S+)").matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        Path folder = Path.of(m.group(1));
        assertThat(folder).startsWith(dir);
        Path built = LAUNCHER.getParent().getParent().resolve("target/classes/kb");
        assertThat(Files.mismatch(folder.resolve("kb.bin"), built.resolve("kb.bin"))).isEqualTo(-1L);
        assertThat(Files.mismatch(folder.resolve("search-index.bin"), built.resolve("search-index.bin"))).isEqualTo(-1L);
    }

    @Test
    void trainsAndUsesItsClassDataArchiveEvenWhenPathsHoldSpaces(@TempDir Path dir) throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache with spaces"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        Run first = run(dir, env, LAUNCHER.toString(), "institution", "cadb", "--format", "json");
        assertThat(first.err()).isEmpty();
        assertThat(first.code()).isZero();
        // The first run trains the archive in the background; wait for it (JDK 17-24: .jsa, 25+: .aot).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<String> archives = List.of();
        while (archives.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            archives = names(cache).stream().filter(n -> n.endsWith(".jsa") || n.endsWith(".aot")).toList();
        }
        assertThat(archives).as("archive trained under " + cache).hasSize(1);
        Run second = run(dir, env, LAUNCHER.toString(), "institution", "cadb", "--format", "json");
        assertThat(second.err()).isEmpty();
        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void eachGroupOfCommandsTrainsAnArchiveOfItsOwn(@TempDir Path dir) throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        // Command line, then the group whose archive it should start training.
        String[][] lines = {
            {"list", "treaties", "--since", "2020"},
            {"show", "institution", "cadb"},
            {"search", "search", "tashkent"},
            {"trade", "trade"},
            {"data", "events", "--format", "JSON"},
            {"help", "treaties", "--help"},
            {"full", "cite", "cadb"},
        };
        for (String[] line : lines) {
            List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
            command.addAll(List.of(line).subList(1, line.length));
            assertThat(run(dir, env, command.toArray(String[]::new)).code()).as(String.join(" ", command)).isZero();
        }
        // Done when every group has its archive and no training is left (a training removes its
        // temporary files and lock just after its archive appears).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        List<String> names = names(cache);
        while (System.nanoTime() < deadline && (archiveGroups(names).size() < lines.length
                || names.stream().anyMatch(n -> n.endsWith(".tmp") || n.contains(".tmp.") || n.endsWith(".training")))) {
            Thread.sleep(500);
            names = names(cache);
        }
        assertThat(archiveGroups(names)).containsExactly("data", "full", "help", "list", "search", "show", "trade");
        assertThat(names).as("no training left behind").noneMatch(n -> n.endsWith(".tmp") || n.contains(".tmp.") || n.endsWith(".training"));
    }

    private static List<String> archiveGroups(List<String> names) {
        return names.stream().filter(n -> n.matches("kzuz-.*\\.(jsa|aot)")).map(n -> n.substring(n.lastIndexOf('-') + 1, n.lastIndexOf('.'))).sorted().toList();
    }

    /** The names of the files and folders below {@code dir}; trainings finishing meanwhile may remove some as they are read. */
    private static List<String> names(Path dir) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try (var files = Files.walk(dir)) {
                return files.map(p -> p.getFileName().toString()).sorted().toList();
            } catch (java.io.UncheckedIOException | java.io.IOException e) {
                if (attempt == 10) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    @Test
    void fitsTablesToTheTerminalItWritesTo(@TempDir Path dir) throws Exception {
        // 'script' gives the command a terminal of its own; stty sets its width.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1)");
        Run r = run(dir, Map.of(), "/usr/bin/script", "-qc", "stty cols 72; '" + LAUNCHER + "' treaties --since 2020", "/dev/null");
        assertThat(r.code()).isZero();
        // The table: the lines before the first blank one (notes under it wrap as text does).
        List<String> lines = r.out().lines().takeWhile(l -> !l.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(lines.get(0)).as("a table, not Markdown").doesNotStartWith("|");
        assertThat(lines).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(72));
    }

    @Test
    void findsJavaOnThePathAndRemembersItsJdk(@TempDir Path dir) throws Exception {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow()).toRealPath();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), java);
        Path cache = dir.resolve("cache");
        Map<String, String> env = new java.util.HashMap<>(Map.of("PATH", bin + ":/usr/bin:/bin", "XDG_CACHE_HOME", cache.toString(),
                "KZUZ_CDS", "0", "JAVA_HOME", ""));
        Run first = run(dir, env, LAUNCHER.toString(), "--version");
        assertThat(first.code()).isZero();
        assertThat(first.err()).isEmpty();
        Path remembered;
        try (var files = Files.walk(cache)) {
            remembered = files.filter(p -> p.getFileName().toString().equals("java")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(remembered).strip()).isEqualTo(java.toString());
        // A remembered JDK that is no longer the PATH's java is resolved again.
        Files.writeString(remembered, "/nonexistent/jdk/bin/java\n");
        assertThat(run(dir, env, LAUNCHER.toString(), "--version").code()).isZero();
        assertThat(Files.readString(remembered).strip()).isEqualTo(java.toString());
    }

    @Test
    void refusesAJavaOlderThan17InOneLine(@TempDir Path dir) throws Exception {
        // A JDK 11 as far as the launcher can tell: its release file says so.
        Path home = Files.createDirectories(dir.resolve("jdk-11/bin"));
        Files.createSymbolicLink(home.resolve("java"), Path.of(ProcessHandle.current().info().command().orElseThrow()));
        Files.writeString(home.getParent().resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"11.0.2\"\n");
        Run r = run(dir, Map.of("JAVA_HOME", home.getParent().toString()), LAUNCHER.toString(), "treaties");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("kzuz: Java 17 or newer is needed;").contains("Java 11.0.2").hasLineCount(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void cacheShowsEachCopysFolderAndCleanKeepsOnlyTheInstallItRunsFrom(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "KZUZ_CDS", "0");
        assertThat(run(dir, env, LAUNCHER.toString(), "treaties", "--since", "2024").code()).isZero();
        // The folder of a copy of kzuz that has since been deleted.
        Path gone = Files.createDirectories(cache.resolve("kzuz/nowhere/kzuz-gone"));
        Files.writeString(gone.resolve("root"), "/nowhere/kzuz-gone\n");
        Files.write(Files.createDirectories(gone.resolve("i1")).resolve("kzuz.jar"), new byte[1 << 20]);
        String clone = LAUNCHER.getParent().getParent().toRealPath().toString();
        Run listed = run(dir, env, LAUNCHER.toString(), "cache");
        assertThat(listed.code()).isZero();
        assertThat(listed.out()).contains(clone + " (this copy)\n", "1.0 MB  /nowhere/kzuz-gone (that copy is gone; removed at the next install)\n",
                "in all, in " + cache.resolve("kzuz"));
        Run cleaned = run(dir, env, LAUNCHER.toString(), "cache", "--clean");
        assertThat(cleaned.code()).isZero();
        assertThat(cleaned.out()).startsWith("removed ").contains("(the install this command runs from)");
        assertThat(gone).doesNotExist();
        assertThat(run(dir, env, LAUNCHER.toString(), "institution", "cadb").code()).isZero();
    }
}
