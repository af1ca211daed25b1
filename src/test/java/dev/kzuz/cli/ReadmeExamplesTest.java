package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps README.md true: every {@code $ kzuz …} example in its code blocks runs, with the exit
 * code the README implies, and every line of output it shows appears in the real output. A
 * "…" in the README elides text; the pieces around it must each appear. Runs of spaces count
 * as one, so column widths may differ.
 */
class ReadmeExamplesTest {
    @TempDir
    static Path work;

    /** One example: its line in README.md, the command after "kzuz", the output shown. */
    record Example(int line, String command, List<String> shown) {
        @Override
        public String toString() {
            return "README.md:" + line + ": kzuz " + command;
        }
    }

    static Stream<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        Example current = null;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                current = null;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            if (line.startsWith("$ ")) {
                current = line.startsWith("$ kzuz ") ? new Example(k + 1, commandPart(line.substring(7)), new ArrayList<>()) : null;
                if (current != null && !current.command().equals("shell")) {
                    examples.add(current);
                }
            } else if (current != null && !line.isBlank()) {
                current.shown().add(line);
            }
        }
        assertThat(examples).as("examples found in README.md").hasSizeGreaterThan(20);
        return examples.stream();
    }

    /** The kzuz part of a shell line: up to a comment, pipe, redirection or '&&' outside quotes. */
    static String commandPart(String line) {
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ' ' && k + 1 < line.length() && "#|>&".indexOf(line.charAt(k + 1)) >= 0) {
                return line.substring(0, k).strip();
            }
        }
        return line.strip();
    }

    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The files the examples name, made in a scratch folder: the draft, a record folder with a mistake. */
    private static void prepare() throws IOException {
        Files.copy(Path.of("src/test/resources/check/draft-ru.md"), work.resolve("draft-ru.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path treaties = Files.createDirectories(work.resolve("my-records/treaties"));
        Files.writeString(treaties.resolve("mine.yaml"), """
                - id: my-treaty-2030
                  title: {en: A treaty of my own}
                  kind: pact
                  date: '2030-01-01'
                  parties: [KZ, UZ]
                  verdict: unconfirmed
                  sources: [essay-kk]
                """);
    }

    private static String normalise(String s) {
        return s.replace(work + "/", "").replace(work.toString(), "").replaceAll("[ \\t]+", " ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void runsAsShown(Example e) throws IOException {
        prepare();
        List<String> args = words(e.command()).stream()
                .map(w -> w.endsWith(".md") || w.startsWith("my-records") || w.endsWith(".png") || w.endsWith(".svg") ? work.resolve(w).toString() : w)
                .toList();
        // A draft the examples build in turn (--into): each of the two runs starts from what the one before left.
        int into = args.indexOf("--into");
        Path draft = into < 0 ? null : Path.of(args.get(into + 1));
        byte[] before = draft != null && Files.exists(draft) ? Files.readAllBytes(draft) : null;
        int expectedExit = args.get(0).equals("check") ? 5 : args.contains(work.resolve("my-records/").toString()) && args.get(0).equals("validate") ? 4 : 0;
        // The README shows some output as on a terminal (tables) and some as piped (Markdown).
        List<String> failures = new ArrayList<>();
        for (boolean terminal : new boolean[] {true, false}) {
            if (draft != null) {
                if (before == null) {
                    Files.deleteIfExists(draft);
                } else {
                    Files.write(draft, before);
                }
            }
            CliResult r = CliResult.run(new App(new Terminal(terminal, () -> 100)), args.toArray(String[]::new));
            String actual = normalise(r.out() + r.err());
            List<String> missing = new ArrayList<>();
            for (String shown : e.shown()) {
                for (String piece : shown.split("…")) {
                    String p = normalise(piece).strip();
                    if (p.length() >= 3 && !actual.contains(p)) {
                        missing.add(p);
                    }
                }
            }
            if (r.exitCode() == expectedExit && missing.isEmpty()) {
                return;
            }
            failures.add((terminal ? "as on a terminal" : "piped") + ": exit " + r.exitCode() + " (expected " + expectedExit + "), not in the output: "
                    + missing + "\n--- output:\n" + actual);
        }
        throw new AssertionError(e + "\n" + String.join("\n", failures));
    }
}
