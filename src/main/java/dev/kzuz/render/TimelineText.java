package dev.kzuz.render;

import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.query.Timeline;

/** A timeline item as a line of an essay's chronology, in English, Russian or Kazakh. */
public final class TimelineText {
    private TimelineText() {
    }

    public static String text(Timeline.Item item, Lang lang) {
        String title = Projection.title(item.record(), item.date(), lang);
        String inst = lang == Lang.EN ? title : "«" + title + "»";
        String country = item.country() == null ? "" : Labels.country(item.country(), lang);
        // Every What named, no default: a new kind of item must be given its words here.
        return switch (item.what()) {
            case SIGNED, HAPPENED -> title;
            case FOUNDED -> inst + ": " + switch (lang) {
                case RU -> "основание";
                case KK -> "құрылды";
                case EN, UZ -> "founded";
            };
            case MEMBER -> inst + ": " + switch (lang) {
                case RU -> country + " — член";
                case KK -> country + " — мүше";
                case EN, UZ -> country + " becomes a member";
            };
            case OBSERVER -> inst + ": " + switch (lang) {
                case RU -> country + " — наблюдатель";
                case KK -> country + " — бақылаушы";
                case EN, UZ -> country + " becomes an observer";
            };
            case SUSPENDED -> inst + ": " + switch (lang) {
                case RU -> country + " приостанавливает членство";
                case KK -> country + " мүшелігін тоқтатты";
                case EN, UZ -> country + " suspends its membership";
            };
            case WITHDRAWN -> inst + ": " + switch (lang) {
                case RU -> "выход — " + country;
                case KK -> country + " шықты";
                case EN, UZ -> country + " leaves";
            };
            case DISSOLVED -> inst + ": " + switch (lang) {
                case RU -> "прекращение деятельности";
                case KK -> "таратылды";
                case EN, UZ -> "dissolved";
            };
        };
    }

    /** The place of a treaty or event, as a name in the language asked, as of the record's date. */
    public static String place(Timeline.Item item, KnowledgeBase kb, Lang lang) {
        return item.record() instanceof DatedRecord d ? Projection.place(d.place(), d.date(), kb, lang) : "";
    }
}
