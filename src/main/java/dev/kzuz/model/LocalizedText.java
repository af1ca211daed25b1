package dev.kzuz.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A text in several languages; English is the fallback every record must have. */
public final class LocalizedText {
    private static final LocalizedText EMPTY = new LocalizedText(new EnumMap<>(Lang.class));
    /** The texts by language; null until a compiled text is first read whole. */
    private volatile Map<Lang, String> texts;
    /** A compiled text's UTF-8 bytes and, per language in enum order, where its text starts and ends. */
    private final byte[] bytes;
    private final Lang[] langs;
    private final int[] starts;
    private final int[] ends;

    private LocalizedText(EnumMap<Lang, String> texts) {
        this.texts = Collections.unmodifiableMap(texts);
        this.bytes = null;
        this.langs = null;
        this.starts = null;
        this.ends = null;
    }

    private LocalizedText(byte[] bytes, Lang[] langs, int[] starts, int[] ends) {
        this.bytes = bytes;
        this.langs = langs;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * Texts read from the compiled bundle, decoded only when asked for: a list decodes every
     * record it shows, and most of their texts (summaries, notes in three languages) it never
     * writes. {@code langs} in enum order, each with its text's bytes from start to end.
     */
    public static LocalizedText compiled(byte[] bytes, Lang[] langs, int[] starts, int[] ends) {
        return langs.length == 0 ? EMPTY : new LocalizedText(bytes, langs, starts, ends);
    }

    private String decode(int k) {
        return new String(bytes, starts[k], ends[k] - starts[k], java.nio.charset.StandardCharsets.UTF_8);
    }

    private Map<Lang, String> texts() {
        Map<Lang, String> t = texts;
        if (t == null) {
            EnumMap<Lang, String> all = new EnumMap<>(Lang.class);
            for (int k = 0; k < langs.length; k++) {
                all.put(langs[k], decode(k));
            }
            t = Collections.unmodifiableMap(all);
            texts = t;
        }
        return t;
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
        return langs != null ? langs.length == 0 : texts.isEmpty();
    }

    public Map<Lang, String> asMap() {
        return texts();
    }

    /** The text in {@code lang}, else in English (marked as a fallback), else any text at all. */
    public Resolved resolve(Lang lang) {
        if (texts == null) {
            // A compiled text: decode the one text shown, not all of them.
            int en = -1;
            for (int k = 0; k < langs.length; k++) {
                if (langs[k] == lang) {
                    return new Resolved(decode(k), lang, false);
                }
                if (langs[k] == Lang.EN) {
                    en = k;
                }
            }
            int k = en >= 0 ? en : 0;
            return new Resolved(decode(k), langs[k], true);
        }
        Map<Lang, String> texts = this.texts;
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
        return o instanceof LocalizedText other && texts().equals(other.texts());
    }

    @Override
    public int hashCode() {
        return texts().hashCode();
    }

    @Override
    public String toString() {
        return texts().toString();
    }
}
