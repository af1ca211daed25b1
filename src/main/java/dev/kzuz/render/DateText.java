package dev.kzuz.render;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;

/**
 * Dates as essays write them, at their precision: "10 January 1997", "10 января 1997 г.",
 * "1997 жылғы 10 қаңтар"; spans within one month share it ("10–12 January 1994").
 */
public final class DateText {
    private static final String[] EN = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    /** Russian months in the genitive, as after a day number. */
    private static final String[] RU_GEN = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
        "сентября", "октября", "ноября", "декабря"};
    private static final String[] RU_NOM = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
        "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] KK = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
        "қыркүйек", "қазан", "қараша", "желтоқсан"};

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
                case RU -> a.day() + "–" + b.day() + " " + RU_GEN[a.month() - 1] + " " + a.year() + " г.";
                case KK -> a.year() + " жылғы " + a.day() + "–" + b.day() + " " + KK[a.month() - 1];
                default -> a.day() + "–" + b.day() + " " + EN[a.month() - 1] + " " + a.year();
            };
        }
        return format(a, lang) + " – " + format(b, lang);
    }

    public static String format(PartialDate d, Lang lang) {
        return switch (d.precision()) {
            case DAY -> switch (lang) {
                case RU -> d.day() + " " + RU_GEN[d.month() - 1] + " " + d.year() + " г.";
                case KK -> d.year() + " жылғы " + d.day() + " " + KK[d.month() - 1];
                default -> d.day() + " " + EN[d.month() - 1] + " " + d.year();
            };
            case MONTH -> switch (lang) {
                case RU -> RU_NOM[d.month() - 1] + " " + d.year() + " г.";
                case KK -> d.year() + " жылғы " + KK[d.month() - 1];
                default -> EN[d.month() - 1] + " " + d.year();
            };
            case YEAR -> switch (lang) {
                case RU -> d.year() + " г.";
                case KK -> d.year() + " ж.";
                default -> String.valueOf(d.year());
            };
        };
    }
}
