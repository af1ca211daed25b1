package dev.kzuz.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Markdown draft that cite output is appended to, each footnote defined once. */
final class Draft {
    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\[\\^([^\\]\\s]+)\\]:");

    private Draft() {
    }

    /** Paragraphs and the footnote definitions they need. */
    record Addition(List<String> paragraphs, List<String> footnotes) {
        /** The text to write, leaving out footnotes whose labels are already defined. */
        String text(Set<String> defined) {
            StringBuilder b = new StringBuilder();
            for (String p : paragraphs) {
                b.append(p).append("\n\n");
            }
            for (String f : footnotes) {
                if (!defined.contains(label(f))) {
                    b.append(f).append('\n');
                }
            }
            return b.toString();
        }

        String text(List<String> none) {
            return text(Set.of());
        }

        long newFootnotes(Set<String> defined) {
            return footnotes.stream().filter(f -> !defined.contains(label(f))).count();
        }
    }

    static String label(String definition) {
        Matcher m = DEFINITION.matcher(definition);
        return m.find() ? m.group(1) : "";
    }

    /** Appends to {@code file} (created if missing); returns {paragraphs, footnotes} added. */
    static int[] append(Path file, Addition addition) {
        try {
            String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            Set<String> defined = new HashSet<>();
            Matcher m = DEFINITION.matcher(existing);
            while (m.find()) {
                defined.add(m.group(1));
            }
            String separator = existing.isEmpty() || existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n";
            Files.writeString(file, separator + addition.text(defined), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return new int[] {addition.paragraphs().size(), (int) addition.newFootnotes(defined)};
        } catch (IOException e) {
            throw new KzuzException(ExitCode.USAGE, "--into: cannot write " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
