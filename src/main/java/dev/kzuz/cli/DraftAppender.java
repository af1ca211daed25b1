package dev.kzuz.cli;

import dev.kzuz.io.AtomicFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Appends cite output to a Markdown draft (cite --into), each footnote defined once. */
final class DraftAppender {
    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\[\\^([^\\]\\s]+)\\]:");

    private DraftAppender() {
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

    /**
     * The largest draft --into reads. A long thesis is a few MiB of Markdown; past this it is not a
     * draft, and the whole file is held in memory (twice, as bytes and as text) while kzuz adds to it.
     */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /** Refuses what is no draft before anything is written: a folder, a device, a pipe, a file over {@link #MAX_BYTES}. */
    static void check(Path file) {
        OutputFile.check("--into", file);
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(file);
            }
        } catch (IOException e) {
            // Unreadable: append reports it.
        }
    }

    /**
     * Appends to {@code file} (created if missing) in its own line endings; returns {paragraphs,
     * footnotes} added. The draft is locked from reading to writing, so two runs at once each
     * see the other's footnotes, and replaced whole, so a failed write leaves it as it was.
     */
    static int[] append(Path file, Addition addition) {
        try (AtomicFile.Locked draft = AtomicFile.lock(file)) {
            byte[] bytes = draft.read(MAX_BYTES);
            if (bytes == null) {
                throw tooLarge(file);
            }
            String existing = text(file, bytes);
            Set<String> defined = new HashSet<>();
            Matcher m = DEFINITION.matcher(existing);
            while (m.find()) {
                defined.add(m.group(1));
            }
            String newline = lineEnding(existing);
            String text = addition.text(defined);
            byte[] tail = (separator(existing, newline) + (newline.equals("\n") ? text : text.replace("\n", newline)))
                    .getBytes(StandardCharsets.UTF_8);
            draft.replace(out -> {
                out.write(bytes);
                out.write(tail);
            });
            return new int[] {addition.paragraphs().size(), (int) addition.newFootnotes(defined)};
        } catch (IOException e) {
            throw OutputFile.cannotWrite("--into", file, e);
        }
    }

    private static KzuzException tooLarge(Path file) {
        return new KzuzException(ExitCode.USAGE, "--into: " + file + " is larger than " + MAX_BYTES / (1024 * 1024)
                + " MiB; name a Markdown draft, not a library");
    }

    /** The draft as text; the bytes are written back as they are, so this only checks and reads them. */
    private static String text(Path file, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new KzuzException(ExitCode.USAGE, "--into: " + file + " looks like a binary file, not a Markdown draft; it was left unchanged");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new KzuzException(ExitCode.USAGE, "--into: " + file + " is not UTF-8 text; it was left unchanged (save it as UTF-8 and try again)");
        }
    }

    /** CRLF when the draft's first line ends so, else LF: what is added matches, so editors never see mixed line endings. */
    static String lineEnding(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    /** The line breaks that put the addition after a blank line: none after an empty draft or one ending in a blank line. */
    static String separator(String existing, String newline) {
        if (existing.isEmpty()) {
            return "";
        }
        int breaks = 0;
        int end = existing.length();
        while (breaks < 2 && end > 0 && existing.charAt(end - 1) == '\n') {
            end -= end > 1 && existing.charAt(end - 2) == '\r' ? 2 : 1;
            breaks++;
        }
        return newline.repeat(2 - breaks);
    }
}
