package dev.kzuz.model;

import java.time.LocalDate;

/** A calendar date known to a year, a month or a day: {@code 1996}, {@code 1997-01}, {@code 1998-10-31}. */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    /** How much of a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // throws on 1998-02-30
        }
    }

    /**
     * Parses ISO 8601 at its precision ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}).
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not such a date
     */
    public static PartialDate parse(String text) {
        String t = text.strip();
        if (!isoShape(t)) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        try {
            int year = Integer.parseInt(t.substring(0, 4));
            int month = t.length() >= 7 ? Integer.parseInt(t.substring(5, 7)) : 0;
            int day = t.length() == 10 ? Integer.parseInt(t.substring(8, 10)) : 0;
            return new PartialDate(year, month, day);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid calendar date");
        }
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD, checked by hand: dates are parsed by the hundred thousand. */
    private static boolean isoShape(String t) {
        int n = t.length();
        if (n != 4 && n != 7 && n != 10) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day the date may stand for. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day the date may stand for. */
    public LocalDate latest() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        if (month != 0) {
            // Not YearMonth: its class builds date formatters, milliseconds of every start.
            LocalDate first = LocalDate.of(year, month, 1);
            return first.withDayOfMonth(first.lengthOfMonth());
        }
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate o) {
        // The same order as earliest(), then latest(), without making dates: a large overlay
        // sorts by this a couple of million times.
        int c = Integer.compare(year * 10000 + (month == 0 ? 1 : month) * 100 + (day == 0 ? 1 : day),
                o.year * 10000 + (o.month == 0 ? 1 : o.month) * 100 + (o.day == 0 ? 1 : o.day));
        return c != 0 || precision() == o.precision() ? c : latest().compareTo(o.latest());
    }

    @Override
    public String toString() {
        // Built by hand: String.format costs more than the rest of a large JSON export.
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (precision() != Precision.YEAR) {
            pad(b.append('-'), month, 2);
        }
        if (precision() == Precision.DAY) {
            pad(b.append('-'), day, 2);
        }
        return b.toString();
    }

    // Written out: a record's generated equals goes through invokedynamic, which costs at start-up,
    // and every rendered date range compares its two ends.
    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate d && d.year == year && d.month == month && d.day == day;
    }

    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    private static void pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            b.append('0');
        }
        b.append(digits);
    }
}
