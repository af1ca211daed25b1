package dev.kzuz.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All records, by id and by type; immutable once built. */
public final class KnowledgeBase {
    private final Map<String, KbRecord> byId;
    private final Map<RecordType, List<KbRecord>> byType;

    private KnowledgeBase(Map<String, KbRecord> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        EnumMap<RecordType, List<KbRecord>> types = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            types.put(t, new ArrayList<>());
        }
        byId.values().forEach(r -> types.get(r.type()).add(r));
        types.replaceAll((t, list) -> List.copyOf(sorted(list)));
        this.byType = types;
    }

    /** Builds a knowledge base; a later record with the same id replaces an earlier one. */
    public static KnowledgeBase of(Collection<? extends KbRecord> records) {
        Map<String, KbRecord> map = new LinkedHashMap<>();
        records.forEach(r -> map.put(r.id(), r));
        return new KnowledgeBase(map);
    }

    private static List<KbRecord> sorted(List<KbRecord> list) {
        list.sort(order());
        return list;
    }

    private static DateRange sortDate(KbRecord r) {
        if (r instanceof DatedRecord d) {
            return d.date();
        }
        if (r instanceof TradeFigure t) {
            return t.period();
        }
        return null;
    }

    private static Comparator<KbRecord> order() {
        // Essay claims read in the essay's order; the rest by date, then id.
        return Comparator.comparingInt((KbRecord r) -> r instanceof EssayClaim c ? c.firstLine() : 0)
                .thenComparing(KnowledgeBase::sortDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(KbRecord::id);
    }

    public Optional<KbRecord> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The record with this id if it is of this type. */
    public <T extends KbRecord> Optional<T> get(String id, Class<T> type) {
        KbRecord r = byId.get(id);
        return type.isInstance(r) ? Optional.of(type.cast(r)) : Optional.empty();
    }

    /** Records of one type: dated ones by date, the rest by id. */
    public List<KbRecord> ofType(RecordType type) {
        return byType.get(type);
    }

    public <T extends KbRecord> List<T> ofType(RecordType type, Class<T> cls) {
        return ofType(type).stream().map(cls::cast).toList();
    }

    public Collection<KbRecord> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
