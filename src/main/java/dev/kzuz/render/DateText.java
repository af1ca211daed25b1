package dev.kzuz.render;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.Lang;
import dev.kzuz.model.MonthNames;
import dev.kzuz.model.PartialDate;

/**
 * Dates as essays write them, at their precision: "10 January 1997", "10 января 1997 г.",
 * "1997 жылғы 10 қаңтар"; spans within one month share it ("10–12 January 1994").
 */
public final class DateText {
    private DateText() {
    }

    public static String format(DateRange r, Lang lang) {
        PartialDate a = r.start();
        PartialDate b = r.end();
        if (!r.isSpan()) {
            return format(a, lang);
        }
        boolean sameMonth = a.precision() == PartialDate.Precision.DAY && b.precision() == PartialDate.Precision.DAY
                && a.year() == b.year() && a.month() == b.month();
        if (sameMonth) {
            return switch (lang) {
                case RU -> a.day() + "–" + b.day() + " " + MonthNames.RU_GENITIVE.get(a.month() - 1) + " " + a.year() + " г.";
                case KK -> a.year() + " жылғы " + a.day() + "–" + b.day() + " " + MonthNames.KK.get(a.month() - 1);
                default -> a.day() + "–" + b.day() + " " + MonthNames.EN.get(a.month() - 1) + " " + a.year();
            };
        }
        return format(a, lang) + " – " + format(b, lang);
    }

    public static String format(PartialDate d, Lang lang) {
        return switch (d.precision()) {
            case DAY -> switch (lang) {
                case RU -> d.day() + " " + MonthNames.RU_GENITIVE.get(d.month() - 1) + " " + d.year() + " г.";
                case KK -> d.year() + " жылғы " + d.day() + " " + MonthNames.KK.get(d.month() - 1);
                default -> d.day() + " " + MonthNames.EN.get(d.month() - 1) + " " + d.year();
            };
            case MONTH -> switch (lang) {
                case RU -> MonthNames.RU_NOMINATIVE.get(d.month() - 1) + " " + d.year() + " г.";
                case KK -> d.year() + " жылғы " + MonthNames.KK.get(d.month() - 1);
                default -> MonthNames.EN.get(d.month() - 1) + " " + d.year();
            };
            case YEAR -> switch (lang) {
                case RU -> d.year() + " г.";
                case KK -> d.year() + " ж.";
                default -> String.valueOf(d.year());
            };
        };
    }
}
