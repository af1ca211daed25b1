package dev.kzuz.model;

import java.util.List;
import java.util.Objects;

/**
 * A treaty (any signed instrument) or an event (visit, summit, exercise…): both are dated,
 * placed and have parties, so they share one shape and differ in {@link #type()} and kind.
 */
public record DatedRecord(
        RecordType type,
        String id,
        LocalizedText title,
        LocalizedText descriptiveTitle,
        LocalizedText titleSources,
        List<String> aliases,
        String kind,
        DateRange date,
        String place,
        List<String> parties,
        LocalizedText status,
        List<String> related,
        LocalizedText summary,
        Provenance provenance) implements Sourced {

    public DatedRecord {
        if (type != RecordType.TREATY && type != RecordType.EVENT) {
            throw new IllegalArgumentException("a dated record is a treaty or an event, not " + type);
        }
        Objects.requireNonNull(id, "id");
        title = title == null ? LocalizedText.empty() : title;
        descriptiveTitle = descriptiveTitle == null ? LocalizedText.empty() : descriptiveTitle;
        titleSources = titleSources == null ? LocalizedText.empty() : titleSources;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(provenance, "provenance");
        aliases = List.copyOf(aliases);
        parties = List.copyOf(parties);
        related = List.copyOf(related);
        summary = summary == null ? LocalizedText.empty() : summary;
        status = status == null ? LocalizedText.empty() : status;
    }

    @Override
    public DateRange when() {
        return date;
    }

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.dated(this);
    }
}
