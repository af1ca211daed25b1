package dev.kzuz.query;

import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.RecordType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A filter over treaties or events: a date window (a record counts when any day of its date
 * falls inside), parties that must all be present, and a kind.
 */
public record DatedQuery(PartialDate since, PartialDate until, Set<String> parties, String kind) {

    public DatedQuery {
        parties = Set.copyOf(parties);
        if (since != null && until != null && until.latest().isBefore(since.earliest())) {
            throw new IllegalArgumentException("--until " + until + " is before --since " + since);
        }
    }

    public List<DatedRecord> run(KnowledgeBase kb, RecordType type) {
        LocalDate from = since == null ? LocalDate.MIN : since.earliest();
        LocalDate to = until == null ? LocalDate.MAX : until.latest();
        List<DatedRecord> out = new java.util.ArrayList<>();
        for (KbRecord k : kb.ofType(type)) {
            DatedRecord r = (DatedRecord) k;
            if (r.date().overlaps(from, to) && r.parties().containsAll(parties) && (kind == null || kind.equals(r.kind()))) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}
