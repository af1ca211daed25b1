package dev.kzuz.cli;

import dev.kzuz.render.Format;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Which words of the one --format vocabulary ({@link Format}) each command takes, and what it
 * says to any other word. Lists and details, and sources, convert the word as picocli parses;
 * trade and check take it as text and check it when they run, where they always have (trade
 * only when the format decides the output).
 */
enum FormatOption implements ITypeConverter<Format> {
    RECORDS("a format", Format.RECORDS),
    /** The lists that also draw a picture: institutions and the timeline. */
    DRAWN("a format", drawn()),
    TRADE("a trade format", List.of(Format.TABLE, Format.MD, Format.JSON, Format.CSV, Format.SVG)),
    CHECK("a check format", List.of(Format.TEXT, Format.JSON)),
    SOURCES("a bibliography format", List.of(Format.MD, Format.BIBTEX, Format.CSL_JSON, Format.CSL_YAML, Format.RIS));

    private final String what;
    private final List<Format> allowed;
    private final List<String> words;

    private static List<Format> drawn() {
        List<Format> formats = new ArrayList<>(Format.RECORDS);
        formats.add(Format.SVG);
        return List.copyOf(formats);
    }

    FormatOption(String what, List<Format> allowed) {
        this.what = what;
        this.allowed = allowed;
        List<String> w = new ArrayList<>();
        for (Format f : allowed) {
            w.add(f.toString());
        }
        this.words = List.copyOf(w);
    }

    /** The words taken, in the order help and completion list them. */
    List<String> words() {
        return words;
    }

    /** The format {@code value} names, in any case, if this command takes it; else null. */
    Format find(String value) {
        String word = value.strip();
        for (Format f : allowed) {
            if (f.toString().equalsIgnoreCase(word)) {
                return f;
            }
        }
        return null;
    }

    /** What is said of a word this command does not take. */
    String notTaken(String value) {
        return "'" + value + "' is not " + what + ": " + Converters.either(words);
    }

    @Override
    public Format convert(String value) {
        Format f = find(value);
        if (f == null) {
            throw new TypeConversionException(notTaken(value));
        }
        return f;
    }
}
