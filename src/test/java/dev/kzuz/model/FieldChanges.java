package dev.kzuz.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every field of a record type as a path through its parts ("founded.document",
 * "claims.note"), and records with one field changed: what tests use to ask whether a view or
 * an index shows a field (changing it changes the output) or leaves it out (nothing changes).
 */
public final class FieldChanges {

    /** A field, reached from the record through the fields before it (parts and inline parts). */
    public record Path(List<Schema.Part> parts, List<Schema.Field> fields) {
        public Schema.Field leaf() {
            return fields.get(fields.size() - 1);
        }

        /** The part the leaf belongs to. */
        public Schema.Part owner() {
            return parts.get(parts.size() - 1);
        }

        /** The YAML keys on the way, e.g. "founded.document", "claims.note". */
        public String name() {
            StringBuilder b = new StringBuilder();
            for (Schema.Field f : fields) {
                if (f.key() != null && f.kind() != Schema.Kind.INLINE) {
                    b.append(b.length() == 0 ? "" : ".").append(f.key());
                } else if (f.kind() == Schema.Kind.TYPE) {
                    b.append("(type)");
                }
            }
            return b.toString();
        }

        @Override
        public String toString() {
            return owner().type().getSimpleName() + " " + name();
        }
    }

    private FieldChanges() {
    }

    /** Every field of the type's records, nested ones too; the inline provenance stands for its fields only. */
    public static List<Path> paths(RecordType type) {
        List<Path> out = new ArrayList<>();
        collect(List.of(Schema.of(type)), List.of(), out);
        return out;
    }

    private static void collect(List<Schema.Part> parts, List<Schema.Field> before, List<Path> out) {
        Schema.Part part = parts.get(parts.size() - 1);
        for (Schema.Field f : part.fields()) {
            List<Schema.Field> fields = new ArrayList<>(before);
            fields.add(f);
            if (f.kind() != Schema.Kind.INLINE) {
                out.add(new Path(parts, List.copyOf(fields)));
            }
            if (f.part() != null) {
                List<Schema.Part> deeper = new ArrayList<>(parts);
                deeper.add(f.part());
                collect(List.copyOf(deeper), List.copyOf(fields), out);
            }
        }
    }

    /**
     * Copies of {@code r} with the field at {@code path} changed in each way that may show: another
     * value, absent where it may be, every other constant of an enum. None when the path passes
     * through an absent part or an empty list (the first item of a list is the one changed).
     */
    public static List<KbRecord> changed(KbRecord r, Path path) {
        List<KbRecord> out = new ArrayList<>();
        for (Object value : alternatives(path, valueAt((Record) r, path.fields(), 0))) {
            Record changed = set((Record) r, path.fields(), 0, value);
            if (changed != null) {
                out.add((KbRecord) changed);
            }
        }
        return out;
    }

    /** A copy of {@code r} with the field at {@code path} set to {@code value}, or null when the path cannot be reached. */
    public static KbRecord with(KbRecord r, Path path, Object value) {
        return (KbRecord) set((Record) r, path.fields(), 0, value);
    }

    /** What {@link #valueAt} gives past an absent part or an empty list. */
    public static final Object UNREACHABLE = new Object();

    /** The value at the path; UNREACHABLE past an absent part or an empty list. */
    public static Object valueAt(Record r, List<Schema.Field> fields, int k) {
        Object v = GeneratedRecords.valueOf(r, fields.get(k).component());
        if (k == fields.size() - 1) {
            return v;
        }
        Record next = next(v);
        return next == null ? UNREACHABLE : valueAt(next, fields, k + 1);
    }

    private static Record next(Object v) {
        if (v instanceof List<?> list) {
            return list.isEmpty() ? null : (Record) list.get(0);
        }
        return (Record) v;
    }

    private static Record set(Record r, List<Schema.Field> fields, int k, Object value) {
        String component = fields.get(k).component();
        if (k == fields.size() - 1) {
            return GeneratedRecords.with(r, component, value);
        }
        Object v = GeneratedRecords.valueOf(r, component);
        Record next = next(v);
        if (next == null) {
            return null;
        }
        Record inner = set(next, fields, k + 1, value);
        if (inner == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list);
            items.set(0, inner);
            return GeneratedRecords.with(r, component, items);
        }
        return GeneratedRecords.with(r, component, inner);
    }

    private static List<Object> alternatives(Path path, Object current) {
        if (current == UNREACHABLE) {
            return List.of();
        }
        Schema.Field f = path.leaf();
        List<Object> out = new ArrayList<>();
        if (f.many()) {
            List<?> list = (List<?>) current;
            if (!list.isEmpty() || f.kind() != Schema.Kind.PART) {
                List<Object> longer = new ArrayList<>(list);
                longer.add(list.isEmpty() ? other(path, null).get(0) : list.get(0));
                out.add(longer);
            }
            if (!list.isEmpty() && f.kind() != Schema.Kind.PART) {
                for (Object o : other(path, list.get(0))) {
                    List<Object> replaced = new ArrayList<>(list);
                    replaced.set(0, o);
                    out.add(replaced);
                }
            }
            if (!list.isEmpty() && !f.required()) {
                out.add(List.of());
            }
            return out;
        }
        if (f.kind() == Schema.Kind.PART) {
            if (current != null && !f.required()) {
                out.add(null);
            }
            return out;
        }
        out.addAll(other(path, current));
        // A source without its title needs a descriptive one: generated sources keep the title.
        if (current != null && !f.required() && !f.key().equals("title") && f.kind() != Schema.Kind.FLAG
                && f.kind() != Schema.Kind.LOCALIZED && f.kind() != Schema.Kind.PROSE
                && f.kind() != Schema.Kind.REF_BY_LANGUAGE) {
            out.add(null);
        }
        return out;
    }

    /** Values other than {@code v} of the leaf's kind (one, or every other choice where there are few). */
    private static List<Object> other(Path path, Object v) {
        Schema.Field f = path.leaf();
        return switch (f.kind()) {
            case TYPE -> List.of(v == RecordType.TREATY ? RecordType.EVENT : RecordType.TREATY);
            case ID -> List.of(v + "-changed");
            case TEXT -> List.of(v == null ? "Новый текст" : v + " новый");
            case WORD -> otherThan(v, new ArrayList<Object>(new java.util.TreeSet<>(f.words())));
            case ENUM -> otherThan(v, List.of(GeneratedRecords.componentType(path.owner(), f).getEnumConstants()));
            case ESSAY_CODE -> List.of(v == null ? "E7" : v + "0");
            case LINES -> List.of(v == null ? "7" : "9" + v);
            case CURRENCY -> List.of("EUR".equals(v) ? "USD" : "EUR");
            case URL -> List.of("https://example.net/changed");
            case LANGUAGE -> otherThan(v, new ArrayList<Object>(GeneratedRecords.LANGUAGES));
            case COUNTRY -> otherThan(v, new ArrayList<Object>(GeneratedRecords.COUNTRIES)).subList(0, 1);
            case REF -> otherThan(v, new ArrayList<Object>(GeneratedRecords.refPool(f.refers()))).subList(0, 1);
            case DATE -> List.of(v == null ? new PartialDate(1999, 5, 5) : later((PartialDate) v));
            case DATE_RANGE -> List.of(v == null ? DateRange.parse("1999") : new DateRange(later(((DateRange) v).start()), later(((DateRange) v).end())));
            case DECIMAL -> List.of(v == null ? new BigDecimal("7") : ((BigDecimal) v).multiply(BigDecimal.TEN).add(new BigDecimal("7")));
            case WHOLE -> List.of(v == null ? 42 : (Integer) v + 1000);
            case FLAG -> List.of(!(Boolean) v);
            case LOCALIZED, PROSE -> localized((LocalizedText) v, f);
            case REF_BY_LANGUAGE -> List.of(LocalizedText.en((String) otherThan(((LocalizedText) v).asMap().get(Lang.EN),
                    new ArrayList<Object>(GeneratedRecords.refPool(f.refers()))).get(0)));
            case PART -> List.of(v);
            case INLINE -> throw new IllegalArgumentException("no value of its own: " + path);
        };
    }

    private static List<Object> otherThan(Object v, List<Object> choices) {
        List<Object> out = new ArrayList<>(choices);
        out.remove(v);
        return out;
    }

    private static PartialDate later(PartialDate d) {
        return new PartialDate(d.year() + 1, d.month(), d.day());
    }

    private static List<Object> localized(LocalizedText t, Schema.Field f) {
        List<Object> out = new ArrayList<>();
        Map<Lang, String> changed = new EnumMap<>(Lang.class);
        if (t == null || t.isEmpty()) {
            changed.put(Lang.EN, "Новый текст");
        } else {
            t.asMap().forEach((lang, text) -> changed.put(lang, text + " новый"));
        }
        out.add(LocalizedText.of(changed));
        if (t != null && !t.isEmpty() && !f.required() && !f.many()) {
            out.add(LocalizedText.empty());
        }
        return out;
    }
}
