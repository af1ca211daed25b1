package dev.kzuz.render;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.query.Timeline;

/** A timeline item as a line of an essay's chronology, in the reader's language. */
public final class TimelineText {
    private TimelineText() {
    }

    public static String text(Timeline.Item item, Lang lang) {
        // Every What named, no default: a new kind of item must be given its words here.
        String key = switch (item.what()) {
            case SIGNED, HAPPENED -> null;
            case FOUNDED -> "timeline.founded";
            case MEMBER -> "timeline.member";
            case OBSERVER -> "timeline.observer";
            case SUSPENDED -> "timeline.suspended";
            case WITHDRAWN -> "timeline.withdrawn";
            case DISSOLVED -> "timeline.dissolved";
        };
        if (key == null) {
            // As a citation names it: an official title in quotes, a descriptive one in brackets.
            return CiteText.citedTitle(item.record(), item.date(), lang);
        }
        Catalogue w = Catalogue.of(lang);
        String country = item.country() == null ? "" : item.country();
        return w.fill(key, "title", CiteText.citedTitle(item.record(), item.date(), lang), "country", Labels.country(country, lang),
                "country.gen", w.has("country.gen." + country) ? w.get("country.gen." + country) : country);
    }

    /** A chronology's line: "Январь 1994 г. — …, Алматы." (a line starts with a capital, as a sentence does). */
    public static String line(String date, String text, String place) {
        String line = date + " — " + text + (place.isEmpty() ? "" : ", " + place) + ".";
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** The place of a treaty or event, as a name in the language asked, as of the record's date. */
    public static String place(Timeline.Item item, KnowledgeBase kb, Lang lang) {
        return item.record() instanceof DatedRecord d ? Projection.place(d.place(), d.date(), kb, lang) : "";
    }
}
