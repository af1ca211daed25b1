package dev.kzuz.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real pandoc, run in a folder: what the tests check kzuz's Markdown, styles and exports against. */
public final class Pandoc {
    private Pandoc() {
    }

    /** A finished run: exit code (127 when pandoc is not installed), standard output and error. */
    public record Run(int exit, String out, String err) {
    }

    public static Run run(Path dir, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pandoc"));
        command.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                    .redirectError(dir.resolve("err.txt").toFile()).start();
        } catch (IOException notInstalled) {
            return new Run(127, "", notInstalled.getMessage());
        }
        int exit = p.waitFor();
        return new Run(exit, Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    public static Run run(Path dir, String... args) throws IOException, InterruptedException {
        return run(dir, List.of(args));
    }
}
