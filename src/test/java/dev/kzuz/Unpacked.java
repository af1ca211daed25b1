package dev.kzuz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What the process tests share: the version, unpacking an archive of target/, and running kzuz as a user would. */
final class Unpacked {
    static final String VERSION = readVersion();

    record Run(int code, String out, String err) {
    }

    private Unpacked() {
    }

    private static String readVersion() {
        try {
            String pom = Files.readString(Path.of("pom.xml"));
            return pom.replaceFirst("(?s).*?<artifactId>kzuz</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Unpacks target/NAME.tar.gz into the folder with tar, as a user would; returns its top folder, NAME. */
    static Path untar(String name, Path into) throws Exception {
        Files.createDirectories(into);
        Process p = new ProcessBuilder("tar", "xzf", Path.of("target/" + name + ".tar.gz").toAbsolutePath().toString())
                .directory(into.toFile()).inheritIO().start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return into.resolve(name);
    }

    /**
     * A PATH folder with the system's commands, less java and Maven: the launcher must do without
     * them. Made once, in target/ (in a test's temporary folder, JUnit warns of each link it deletes).
     */
    static synchronized Path toolsWithoutJavaOrMaven() throws Exception {
        Path tools = Path.of("target/it-tools-without-java").toAbsolutePath();
        if (Files.isDirectory(tools)) {
            return tools;
        }
        Path making = Files.createTempDirectory(Path.of("target"), "it-tools").toAbsolutePath();
        fill(making);
        try {
            Files.move(making, tools);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Another test JVM made it meanwhile.
        }
        return tools;
    }

    private static void fill(Path tools) throws Exception {
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
    }

    /** Runs the command in the folder with exactly this environment (nothing inherited), stdin closed. */
    static Run run(Path dir, Map<String, String> env, List<String> command) throws Exception {
        return run(dir, env, command, "");
    }

    /** As {@link #run(Path, Map, List)}, with {@code input} on stdin. */
    static Run run(Path dir, Map<String, String> env, List<String> command, String input) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        try (java.io.OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8));
    }
}
