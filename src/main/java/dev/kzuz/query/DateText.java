package dev.kzuz.query;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.DateRange;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;

/**
 * Dates as essays write them, at their precision and in the form a sentence needs, from the
 * language's patterns: "10 January 1997", "10 января 1997 г.", "1997 жылғы 10 қаңтар"; "on…",
 * "since…", "until…" ("1997 жылғы 10 қаңтарда", "с 10 января 1997 г."); spans within a year
 * write it once ("10–12 January 1994", "январь–ноябрь 2025 г.").
 */
public final class DateText {
    /** The form of a date in a sentence: as a noun, when something happened, since when, until when. */
    public enum Form {
        PLAIN(""), AT(".at"), SINCE(".since"), UNTIL(".until");

        private final String suffix;

        Form(String suffix) {
            this.suffix = suffix;
        }
    }

    private DateText() {
    }

    public static String format(DateRange r, Lang lang) {
        PartialDate a = r.start();
        PartialDate b = r.end();
        if (!r.isSpan()) {
            return format(a, lang);
        }
        Catalogue w = Catalogue.of(lang);
        boolean days = a.precision() == PartialDate.Precision.DAY && b.precision() == PartialDate.Precision.DAY;
        boolean months = a.precision() == PartialDate.Precision.MONTH && b.precision() == PartialDate.Precision.MONTH;
        if (a.year() == b.year() && days && a.month() == b.month()) {
            return w.fill("date.span.days", "d1", day(a), "d2", day(b), "m", month(w, a, ""), "m.day", month(w, a, ".day"), "y", year(a));
        }
        if (a.year() == b.year() && days) {
            return w.fill("date.span.days.year", "d1", day(a), "m1", month(w, a, ""), "m1.day", month(w, a, ".day"),
                    "d2", day(b), "m2", month(w, b, ""), "m2.day", month(w, b, ".day"), "y", year(a));
        }
        if (a.precision() == PartialDate.Precision.YEAR && b.precision() == PartialDate.Precision.YEAR) {
            return w.fill("date.span.years", "y1", year(a), "y2", year(b));
        }
        if (a.year() == b.year() && months) {
            return w.fill("date.span.months", "m1", month(w, a, ""), "m2", month(w, b, ""), "y", year(a));
        }
        return w.fill("date.span", "a", format(a, lang), "b", format(b, lang));
    }

    public static String format(PartialDate d, Lang lang) {
        return format(d, lang, Form.PLAIN);
    }

    public static String format(PartialDate d, Lang lang, Form form) {
        Catalogue w = Catalogue.of(lang);
        return switch (d.precision()) {
            case DAY -> w.fill("date.day" + form.suffix, "d", day(d), "y", year(d), "m", month(w, d, ""), "m.day", month(w, d, ".day"),
                    "m.loc", month(w, d, ".loc"), "m.abl", month(w, d, ".abl"), "m.dat", month(w, d, ".dat"));
            case MONTH -> w.fill("date.month" + form.suffix, "y", year(d), "m", month(w, d, ""), "m.loc", month(w, d, ".loc"),
                    "m.abl", month(w, d, ".abl"), "m.dat", month(w, d, ".dat"));
            case YEAR -> w.fill("date.year" + form.suffix, "y", year(d));
        };
    }

    private static String day(PartialDate d) {
        return String.valueOf(d.day());
    }

    private static String year(PartialDate d) {
        return String.valueOf(d.year());
    }

    private static String month(Catalogue w, PartialDate d, String form) {
        return w.get("month." + d.month() + form);
    }
}
