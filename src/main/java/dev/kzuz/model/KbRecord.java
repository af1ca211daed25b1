package dev.kzuz.model;

import java.util.List;

/**
 * Any record of the knowledge base: it has a stable id, a type and a title.
 *
 * <p>Code that does something different per record type goes through {@link #match}: a new
 * record type adds a method to {@link Cases}, and the compiler then names every place that must
 * learn it (Java 17 has no pattern {@code switch} over a sealed interface; this is its stand-in).
 */
public sealed interface KbRecord permits Sourced, Source, Place, EssayClaim {
    String id();

    RecordType type();

    /** The record's official titles, as published, by language (an event has none). */
    LocalizedText title();

    /**
     * Titles in kzuz's own words, for languages with no official title (a visit, a body named
     * only in translation): citations put them in square brackets, as GOST does.
     */
    default LocalizedText descriptiveTitle() {
        return LocalizedText.empty();
    }

    /** The title in each language: the official one where published, else the descriptive one. */
    default LocalizedText titles() {
        LocalizedText descriptive = descriptiveTitle();
        if (descriptive.isEmpty()) {
            return title();
        }
        java.util.Map<Lang, String> both = new java.util.EnumMap<>(Lang.class);
        both.putAll(descriptive.asMap());
        both.putAll(title().asMap());
        return LocalizedText.of(both);
    }

    /**
     * The title to show in {@code lang}: the official one, else the descriptive one, else English
     * (official, then descriptive) marked as a fallback. Without merging the two maps: lists run
     * it for every row at start-up.
     */
    default LocalizedText.Resolved titleIn(Lang lang) {
        String t = title().asMap().get(lang);
        if (t == null) {
            t = descriptiveTitle().asMap().get(lang);
        }
        if (t != null) {
            return new LocalizedText.Resolved(t, lang, false);
        }
        return titles().resolve(lang);
    }

    /** Whether the title shown in {@code lang} is a descriptive one (no official title in that language). */
    default boolean descriptiveIn(Lang lang) {
        return !title().asMap().containsKey(lang) && descriptiveTitle().asMap().containsKey(lang);
    }

    /** Other names, abbreviations and spellings. */
    List<String> aliases();

    /** When the record stands: a treaty's or event's date, a trade figure's period; null for the undated. */
    DateRange when();

    /** The countries taking part (ISO codes): a treaty's or event's parties, an institution's members of any standing. */
    List<String> parties();

    /**
     * Every source id the record rests on, in order of first mention and without repeats: its
     * sources, its claims' and its members' sources, an essay claim's essay.
     */
    List<String> citedSourceIds();

    /**
     * The source ids that back what the record shows: its sources, less those that back only a
     * value it does not prefer (one is always kept); an essay claim's essay.
     */
    List<String> preferredSourceIds();

    /** Calls the one method of {@code cases} for this record's type. */
    <R> R match(Cases<R> cases);

    /** One method per record type: an exhaustive dispatch the compiler checks. */
    interface Cases<R> {
        R dated(DatedRecord d);

        R institution(Institution i);

        R trade(TradeFigure t);

        R source(Source s);

        R place(Place p);

        R claim(EssayClaim c);
    }
}
