package dev.kzuz.model;

import java.time.LocalDate;
import java.util.Objects;

/** A single partial date, or a span written {@code start/end} as in ISO 8601 intervals. */
public record DateRange(PartialDate start, PartialDate end) implements Comparable<DateRange> {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.latest().isBefore(start.earliest())) {
            throw new IllegalArgumentException("the span ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static DateRange of(PartialDate date) {
        return new DateRange(date, date);
    }

    /** Parses {@code 1998-10-31} or {@code 1994-01-10/1994-01-12}. */
    public static DateRange parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return of(PartialDate.parse(text));
        }
        return new DateRange(PartialDate.parse(text.substring(0, slash)), PartialDate.parse(text.substring(slash + 1)));
    }

    public boolean isSpan() {
        return !start.equals(end);
    }

    public LocalDate earliest() {
        return start.earliest();
    }

    public LocalDate latest() {
        return end.latest();
    }

    /** True when some day of this range lies within [from, to]. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !latest().isBefore(from) && !earliest().isAfter(to);
    }

    @Override
    public int compareTo(DateRange o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    @Override
    public String toString() {
        return isSpan() ? start + "/" + end : start.toString();
    }
}
