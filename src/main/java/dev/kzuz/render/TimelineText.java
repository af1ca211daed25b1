package dev.kzuz.render;

import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.query.Timeline;

/** A timeline item as a line of an essay's chronology, in English, Russian or Kazakh. */
public final class TimelineText {
    private TimelineText() {
    }

    public static String text(Timeline.Item item, Lang lang) {
        String title = Projection.title(item.record(), lang);
        if (item.what() == Timeline.What.SIGNED || item.what() == Timeline.What.HAPPENED) {
            return title;
        }
        String inst = lang == Lang.EN ? title : "«" + title + "»";
        String country = item.country() == null ? "" : Labels.country(item.country(), lang);
        return switch (lang) {
            case RU -> inst + ": " + switch (item.what()) {
                case FOUNDED -> "основание";
                case MEMBER -> country + " — член";
                case OBSERVER -> country + " — наблюдатель";
                case SUSPENDED -> country + " приостанавливает членство";
                case WITHDRAWN -> "выход — " + country;
                default -> "прекращение деятельности";
            };
            case KK -> inst + ": " + switch (item.what()) {
                case FOUNDED -> "құрылды";
                case MEMBER -> country + " — мүше";
                case OBSERVER -> country + " — бақылаушы";
                case SUSPENDED -> country + " мүшелігін тоқтатты";
                case WITHDRAWN -> country + " шықты";
                default -> "таратылды";
            };
            default -> inst + ": " + switch (item.what()) {
                case FOUNDED -> "founded";
                case MEMBER -> country + " becomes a member";
                case OBSERVER -> country + " becomes an observer";
                case SUSPENDED -> country + " suspends its membership";
                case WITHDRAWN -> country + " leaves";
                default -> "dissolved";
            };
        };
    }

    /** The place of a treaty or event, as a name in the language asked. */
    public static String place(Timeline.Item item, KnowledgeBase kb, Lang lang) {
        return item.record() instanceof dev.kzuz.model.DatedRecord d ? Projection.place(d.place(), kb, lang) : "";
    }
}
