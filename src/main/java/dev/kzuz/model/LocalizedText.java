package dev.kzuz.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A text in several languages; English is the fallback every record must have. */
public final class LocalizedText {
    private static final LocalizedText EMPTY = new LocalizedText(new EnumMap<>(Lang.class));
    private final Map<Lang, String> texts;

    private LocalizedText(EnumMap<Lang, String> texts) {
        this.texts = Collections.unmodifiableMap(texts);
    }

    public static LocalizedText of(Map<Lang, String> texts) {
        EnumMap<Lang, String> copy = new EnumMap<>(Lang.class);
        for (Map.Entry<Lang, String> e : texts.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue()));
        }
        return copy.isEmpty() ? EMPTY : new LocalizedText(copy);
    }

    public static LocalizedText en(String text) {
        return of(Map.of(Lang.EN, text));
    }

    public static LocalizedText empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    public Map<Lang, String> asMap() {
        return texts;
    }

    /** The text in {@code lang}, else in English (marked as a fallback), else any text at all. */
    public Resolved resolve(Lang lang) {
        String text = texts.get(lang);
        if (text != null) {
            return new Resolved(text, lang, false);
        }
        text = texts.get(Lang.EN);
        if (text != null) {
            return new Resolved(text, Lang.EN, lang != Lang.EN);
        }
        for (Map.Entry<Lang, String> e : texts.entrySet()) {
            return new Resolved(e.getValue(), e.getKey(), true);
        }
        return new Resolved("", lang, false);
    }

    /** A text picked for a language, and whether it fell back to another one. */
    public record Resolved(String text, Lang lang, boolean fallback) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
