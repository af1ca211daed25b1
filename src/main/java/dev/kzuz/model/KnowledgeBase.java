package dev.kzuz.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All records, by id and by type; immutable once built. The compiled bundle makes each record
 * on first use ({@link #lazy}): a command reads a few dozen of the hundreds, and making the
 * rest would be most of its start-up.
 */
public final class KnowledgeBase {
    /** The type of every id, known before any record is made. */
    private final Map<String, RecordType> typeOfId;
    private final int size;
    private final Records records;
    /** Filled as types are made: each list in order, and the records by id. */
    private final Map<RecordType, List<KbRecord>> byType = new EnumMap<>(RecordType.class);
    private final Map<String, KbRecord> byId;
    /** The order records were given in (null when lazy: then type by type). */
    private final Collection<KbRecord> given;

    private KnowledgeBase(Map<String, KbRecord> records) {
        this.typeOfId = new HashMap<>();
        this.byId = records;
        this.given = Collections.unmodifiableCollection(records.values());
        this.size = records.size();
        this.records = null;
        EnumMap<RecordType, List<KbRecord>> types = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            types.put(t, new ArrayList<>());
        }
        for (KbRecord r : records.values()) {
            types.get(r.type()).add(r);
            typeOfId.put(r.id(), r.type());
        }
        types.forEach((t, list) -> byType.put(t, List.copyOf(sorted(list))));
    }

    private KnowledgeBase(Map<String, RecordType> typeOfId, Records records) {
        this.typeOfId = typeOfId;
        this.size = typeOfId.size();
        this.records = records;
        this.byId = new HashMap<>(typeOfId.size() * 2);
        this.given = null;
    }

    /** Builds a knowledge base; a later record with the same id replaces an earlier one. */
    public static KnowledgeBase of(Collection<? extends KbRecord> records) {
        Map<String, KbRecord> map = new LinkedHashMap<>();
        records.forEach(r -> map.put(r.id(), r));
        return new KnowledgeBase(map);
    }

    /** Where a lazy knowledge base gets its records: one by id, or all of a type in {@link #ofType} order. */
    public interface Records {
        KbRecord get(String id);

        List<KbRecord> ofType(RecordType type);

        /** A source's plain reference as written when the records were compiled, or null. */
        default String reference(String id) {
            return null;
        }

        /** A source's standing, read without making the source, or null. */
        default Standing standing(String id) {
            return null;
        }
    }

    /** A knowledge base whose records are made when first asked for; {@code typeOfId} names every record's type. */
    public static KnowledgeBase lazy(Map<String, RecordType> typeOfId, Records records) {
        return new KnowledgeBase(typeOfId, records);
    }

    private static List<KbRecord> sorted(List<KbRecord> list) {
        list.sort(ORDER);
        return list;
    }

    /** Essay claims read in the essay's order; the rest by date (undated last), then id. */
    private static final Comparator<KbRecord> ORDER = new Comparator<>() {
        @Override
        public int compare(KbRecord a, KbRecord b) {
            int c = Integer.compare(a instanceof EssayClaim x ? x.firstLine() : 0, b instanceof EssayClaim y ? y.firstLine() : 0);
            if (c != 0) {
                return c;
            }
            DateRange da = a.when();
            DateRange db = b.when();
            if (da != db) {
                c = da == null ? 1 : db == null ? -1 : da.compareTo(db);
                if (c != 0) {
                    return c;
                }
            }
            return a.id().compareTo(b.id());
        }
    };

    /** The type of the record with this id, or null: known without making the record. */
    public RecordType typeOf(String id) {
        return typeOfId.get(id);
    }

    /**
     * Sources in the order a reader should meet them: texts of the acts, official pages,
     * scholarship, the press, reference works, the essay last; in their given order within each.
     */
    public List<String> ranked(Collection<String> sourceIds) {
        // Buckets by standing, not a comparator: no lambda at start-up, and the order within each kept.
        List<String> ids = sourceIds instanceof List<String> list ? list : new ArrayList<>(sourceIds);
        if (ids.size() < 2) {
            return ids;
        }
        int[] ranks = new int[ids.size()];
        for (int k = 0; k < ranks.length; k++) {
            ranks[k] = rank(standingOf(ids.get(k)));
        }
        List<String> out = new ArrayList<>(ids.size());
        for (int rank = 0; rank <= Standing.ESSAY.ordinal(); rank++) {
            for (int k = 0; k < ranks.length; k++) {
                if (ranks[k] == rank) {
                    out.add(ids.get(k));
                }
            }
        }
        return out;
    }

    private static int rank(Standing s) {
        return s == null ? Standing.ESSAY.ordinal() : s.ordinal();
    }

    /** A source's standing (citing ranks sources by it), or null for an id that is no source. */
    public Standing standingOf(String id) {
        if (typeOfId.get(id) != RecordType.SOURCE) {
            return null;
        }
        Standing compiled = records == null ? null : records.standing(id);
        return compiled != null ? compiled : get(id, Source.class).map(Source::standing).orElse(null);
    }

    /**
     * The plain reference of the source with this id as compiled with the bundle (so that a list
     * need not make its sources to name them), or null: for a knowledge base with overlays, whose
     * sources may differ from the bundled ones, always null.
     */
    public String compiledReference(String id) {
        return records == null || typeOfId.get(id) != RecordType.SOURCE ? null : records.reference(id);
    }

    public Optional<KbRecord> get(String id) {
        RecordType type = typeOfId.get(id);
        if (type == null) {
            return Optional.empty();
        }
        synchronized (byType) {
            KbRecord r = byId.get(id);
            if (r == null && !byType.containsKey(type)) {
                r = records.get(id);
                byId.put(id, r);
            }
            return Optional.ofNullable(r);
        }
    }

    /** The record with this id if it is of this type. */
    public <T extends KbRecord> Optional<T> get(String id, Class<T> type) {
        KbRecord r = get(id).orElse(null);
        return type.isInstance(r) ? Optional.of(type.cast(r)) : Optional.empty();
    }

    /** Records of one type: dated ones by date, the rest by id. */
    public List<KbRecord> ofType(RecordType type) {
        synchronized (byType) {
            List<KbRecord> list = byType.get(type);
            if (list == null) {
                List<KbRecord> made = new ArrayList<>(records.ofType(type));
                for (int k = 0; k < made.size(); k++) {
                    // One object per record: keep any made earlier by get().
                    KbRecord earlier = byId.putIfAbsent(made.get(k).id(), made.get(k));
                    if (earlier != null) {
                        made.set(k, earlier);
                    }
                }
                list = List.copyOf(made);
                byType.put(type, list);
            }
            return list;
        }
    }

    public <T extends KbRecord> List<T> ofType(RecordType type, Class<T> cls) {
        List<T> out = new ArrayList<>();
        for (KbRecord r : ofType(type)) {
            out.add(cls.cast(r));
        }
        return List.copyOf(out);
    }

    /** Every record: in the order given, or type by type when made lazily. */
    public Collection<KbRecord> all() {
        if (given != null) {
            return given;
        }
        List<KbRecord> all = new ArrayList<>(size);
        for (RecordType t : RecordType.values()) {
            all.addAll(ofType(t));
        }
        return Collections.unmodifiableList(all);
    }

    public int size() {
        return size;
    }
}
