package dev.kzuz.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A name a place or a body bore before its present one: in use until {@code until}, the first
 * day of the name that followed it, with the sources of that change. A record keeps its former
 * names oldest first; the first one stands for every earlier date too.
 */
public record FormerName(LocalizedText name, PartialDate until, List<String> sources) {
    public FormerName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(until, "until");
        sources = List.copyOf(sources);
    }

    /**
     * The name in use on the first day of {@code when}: the first former name whose {@code until}
     * begins after that day, else the present one (also when {@code when} is null). A change
     * known only to the year or month counts from that year's or month's first day.
     */
    public static LocalizedText inUse(List<FormerName> former, LocalizedText present, DateRange when) {
        if (when != null) {
            LocalDate day = when.earliest();
            for (FormerName n : former) {
                if (day.isBefore(n.until().earliest())) {
                    return n.name();
                }
            }
        }
        return present;
    }

    /** The sources of every change, in order of first mention, added to {@code ids}. */
    static void addSources(List<FormerName> former, java.util.Set<String> ids) {
        for (FormerName n : former) {
            ids.addAll(n.sources());
        }
    }
}
