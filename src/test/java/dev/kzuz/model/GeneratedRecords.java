package dev.kzuz.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Records of every type with every field, made from {@link Schema} alone: each field's value by
 * its kind, optional ones absent or present, lists empty or not, text in Latin, Cyrillic
 * (Kazakh letters too) and Uzbek Latin with the punctuation that breaks formats. Records only
 * name places, sources and treaties of small fixed pools, which {@link #around} supplies, so
 * views can resolve them. Also the reflection the tests use to read and change any field.
 */
public final class GeneratedRecords {
    public static final List<String> PLACES = List.of("place-a", "place-b", "place-c");
    public static final List<String> SOURCES = List.of("src-a", "src-b", "src-c");
    public static final List<String> TREATIES = List.of("treaty-a", "treaty-b");
    public static final List<String> COUNTRIES = List.of("KZ", "UZ", "KG", "TJ", "TM", "RU", "CN", "AF");
    public static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "de", "fr");
    private static final String CHARS = "abcxyzABQ019 -.,;:!?'\"()[]{}#&*|>%@`/\\–—«»…"
            + "ТашкентАлматыжқңөәіғұүһ" + "oʻgʻʼÇçŞş";

    private GeneratedRecords() {
    }

    /** Records of this type, every field of the description given a value by its kind. */
    @SuppressWarnings("unchecked")
    public static Arbitrary<KbRecord> of(RecordType type) {
        return part(Schema.of(type), type).map(r -> repair((KbRecord) r));
    }

    /** Records of any type. */
    public static Arbitrary<KbRecord> any() {
        List<Arbitrary<KbRecord>> types = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            types.add(of(t));
        }
        return Arbitraries.oneOf(types);
    }

    /** One to {@code max} records of any types, with distinct ids. */
    public static Arbitrary<List<KbRecord>> distinct(int max) {
        return any().list().ofMinSize(1).ofMaxSize(max).map(list -> {
            List<KbRecord> out = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                out.add((KbRecord) with((Record) list.get(k), "id", list.get(k).id() + "-" + k));
            }
            return out;
        });
    }

    /** A sample drawn with a fixed seed, for tests that look across many records at once. */
    public static List<KbRecord> sample(RecordType type, int n, long seed) {
        var generator = of(type).generator(1000);
        Random random = new Random(seed);
        List<KbRecord> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(generator.next(random).value());
        }
        return out;
    }

    private static Arbitrary<Record> part(Schema.Part part, RecordType type) {
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (Schema.Field f : part.fields()) {
            values.add(field(part, f, type));
        }
        return Combinators.combine(values).as(list -> construct(part.type(), list));
    }

    private static Arbitrary<Object> field(Schema.Part part, Schema.Field f, RecordType type) {
        if (f.kind() == Schema.Kind.TYPE) {
            return Arbitraries.just(type);
        }
        if (f.kind() == Schema.Kind.FLAG) {
            return Arbitraries.of(false, true).map(b -> b);
        }
        if (f.kind() == Schema.Kind.INLINE) {
            return part(f.part(), type).map(r -> r);
        }
        if (f.kind() == Schema.Kind.REF_BY_LANGUAGE) {
            return Arbitraries.of(refPool(f.refers())).map(id -> LocalizedText.en(id)).injectNull(0.5)
                    .map(t -> t == null ? LocalizedText.empty() : t);
        }
        // A record needs English in its title or its descriptive title: generated ones have it in the title.
        Arbitrary<Object> one = f.kind() == Schema.Kind.PART ? part(f.part(), type).map(r -> r)
                : f.kind() == Schema.Kind.LOCALIZED ? localized(f.required() || f.many() || f.key().equals("title"))
                : f.kind() == Schema.Kind.PROSE ? localized(true) : scalar(part, f);
        if (f.many()) {
            return one.list().ofMinSize(f.required() ? 1 : 0).ofMaxSize(3).map(l -> l);
        }
        if (f.kind() == Schema.Kind.LOCALIZED) {
            return one;
        }
        if (f.kind() == Schema.Kind.PROSE) {
            return f.required() ? one : one.injectNull(0.4).map(t -> t == null ? LocalizedText.empty() : t);
        }
        // A source needs its title or a descriptive one: generated sources always have the title.
        return f.required() || f.key().equals("title") ? one : one.injectNull(0.4);
    }

    private static Arbitrary<Object> scalar(Schema.Part part, Schema.Field f) {
        return switch (f.kind()) {
            case ID -> Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(6)
                    .map(s -> "rec-" + s);
            case TEXT -> text().map(t -> t);
            case WORD -> Arbitraries.of(new ArrayList<>(new TreeSet<>(f.words()))).map(w -> w);
            case ENUM -> Arbitraries.of(enumConstants(componentType(part, f))).map(e -> e);
            case ESSAY_CODE -> Arbitraries.integers().between(1, 99).map(n -> "E" + n);
            case LINES -> Combinators.combine(Arbitraries.integers().between(1, 500), Arbitraries.integers().between(0, 3))
                    .as((a, b) -> b == 0 ? a.toString() : a + "-" + (a + b));
            case CURRENCY -> Arbitraries.of("USD", "KZT", "UZS", "EUR").map(c -> c);
            case URL -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                    .map(s -> "https://example.org/" + s + "?q=Ташкент");
            case LANGUAGE -> Arbitraries.of(LANGUAGES).map(l -> l);
            case COUNTRY -> Arbitraries.of(COUNTRIES).map(c -> c);
            case REF -> Arbitraries.of(refPool(f.refers())).map(id -> id);
            case DATE -> date().map(d -> d);
            case DATE_RANGE -> dateRange().map(d -> d);
            case DECIMAL -> Combinators.combine(Arbitraries.of("", "-"), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
                    Arbitraries.of("", ".5", ".50", ".125", ".0")).as((sign, digits, fraction) -> new BigDecimal(sign + digits + fraction));
            case WHOLE -> Arbitraries.integers().between(0, 999_999_999).map(n -> n);
            case TYPE, FLAG, LOCALIZED, PROSE, REF_BY_LANGUAGE, PART, INLINE -> throw new IllegalArgumentException("not a scalar: " + f);
        };
    }

    public static List<String> refPool(RecordType refers) {
        if (refers == null) {
            List<String> all = new ArrayList<>(TREATIES);
            all.addAll(PLACES);
            all.addAll(SOURCES);
            return all;
        }
        return switch (refers) {
            case PLACE -> PLACES;
            case SOURCE -> SOURCES;
            case TREATY -> TREATIES;
            case EVENT, INSTITUTION, TRADE, CLAIM -> throw new IllegalArgumentException("no pool of " + refers.folder());
        };
    }

    /** Text as a record holds it: on one line, without outer spaces. */
    public static Arbitrary<String> text() {
        return Arbitraries.strings().withChars(CHARS).ofMinLength(1).ofMaxLength(24)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
    }

    private static Arbitrary<Object> localized(boolean needsEnglish) {
        return Arbitraries.maps(Arbitraries.of(Lang.class), text()).ofMaxSize(4)
                .map(m -> {
                    Map<Lang, String> texts = new EnumMap<>(Lang.class);
                    texts.putAll(m);
                    if (needsEnglish && !texts.containsKey(Lang.EN)) {
                        texts.put(Lang.EN, "English " + texts.size());
                    }
                    return LocalizedText.of(texts);
                });
    }

    public static Arbitrary<PartialDate> date() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2099), Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 28)).as((y, m, d) -> new PartialDate(y, m, m == 0 ? 0 : d));
    }

    private static Arbitrary<DateRange> dateRange() {
        return Combinators.combine(date(), Arbitraries.integers().between(0, 3)).as((d, later) -> later == 0 ? DateRange.of(d)
                : new DateRange(d, new PartialDate(d.year() + later, d.month(), d.day())));
    }

    /** What the loader asks beyond single fields (each {@link Schema.Field#rule}), made true by filling in a value. */
    private static KbRecord repair(KbRecord r) {
        if (r instanceof TradeFigure t) {
            if (t.kind().equals("figure") && t.period() == null) {
                t = (TradeFigure) with(t, "period", DateRange.parse("2011"));
            }
            if (t.kind().equals("figure") && t.reporter() == null) {
                t = (TradeFigure) with(t, "reporter", new Reporter("KZ", "government"));
            }
            if ((t.turnover() != null || t.exports() != null || t.imports() != null) && t.currency() == null) {
                t = (TradeFigure) with(t, "currency", "USD");
            }
            return t;
        }
        if (r instanceof Source s && s.accessed() != null && s.url() == null) {
            return (KbRecord) with(s, "url", "https://example.org/accessed");
        }
        return r;
    }

    /** A knowledge base of the record and the places, sources and treaties records name. */
    public static KnowledgeBase around(KbRecord r) {
        List<KbRecord> all = new ArrayList<>(pools());
        all.add(r);
        return KnowledgeBase.of(all);
    }

    /** The pools' records: places with names in several languages, sources, treaties. */
    public static List<KbRecord> pools() {
        return POOLS;
    }

    private static final List<KbRecord> POOLS = makePools();

    private static List<KbRecord> makePools() {
        List<KbRecord> out = new ArrayList<>();
        for (String id : PLACES) {
            out.add(new Place(id, LocalizedText.of(Map.of(Lang.EN, "Town " + id, Lang.RU, "Город " + id)), List.of(),
                    List.of("Alias " + id), "KZ"));
        }
        for (String id : SOURCES) {
            out.add(new Source(id, "web", Standing.PRESS, "Source " + id, null, null, "en", List.of(), null, null, null, null, null, null,
                    null, null, null, null, null, null, List.of(), null));
        }
        for (String id : TREATIES) {
            out.add(new DatedRecord(RecordType.TREATY, id, LocalizedText.en("Treaty " + id), null, null, List.of(), "treaty",
                    DateRange.parse("1998"), null, List.of("KZ", "UZ"), null, List.of(), null,
                    new Provenance(List.of(SOURCES.get(0)), Verdict.CONFIRMED, List.of(), List.of(), null)));
        }
        return List.copyOf(out);
    }

    // ---- reflection: any component of any record, read or replaced ----------------------

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new java.util.concurrent.ConcurrentHashMap<>();

    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    public static Object valueOf(Record r, String component) {
        try {
            for (RecordComponent c : components(r.getClass())) {
                if (c.getName().equals(component)) {
                    return c.getAccessor().invoke(r);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no component " + component);
    }

    /** A copy of {@code r} with one component replaced. */
    public static Record with(Record r, String component, Object value) {
        RecordComponent[] components = components(r.getClass());
        List<Object> values = new ArrayList<>();
        boolean found = false;
        for (RecordComponent c : components) {
            found |= c.getName().equals(component);
            values.add(c.getName().equals(component) ? value : valueOf(r, c.getName()));
        }
        if (!found) {
            throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no component " + component);
        }
        return construct(r.getClass(), values);
    }

    public static Record construct(Class<? extends Record> type, List<Object> values) {
        Constructor<?> constructor = CONSTRUCTORS.computeIfAbsent(type, t -> {
            RecordComponent[] components = components(t);
            Class<?>[] types = new Class<?>[components.length];
            for (int k = 0; k < components.length; k++) {
                types[k] = components[k].getType();
            }
            try {
                return t.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return (Record) constructor.newInstance(values.toArray());
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(type.getSimpleName() + values + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Java type of a field's component (its element type for a list). */
    public static Class<?> componentType(Schema.Part part, Schema.Field f) {
        for (RecordComponent c : part.type().getRecordComponents()) {
            if (c.getName().equals(f.component())) {
                if (c.getType() == List.class) {
                    var arg = ((java.lang.reflect.ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                    return (Class<?>) arg;
                }
                return c.getType();
            }
        }
        throw new IllegalArgumentException(part.type().getSimpleName() + " has no component " + f.component());
    }

    private static List<Object> enumConstants(Class<?> type) {
        return List.of(type.getEnumConstants());
    }

    // ---- YAML as a person would write the record, from the description ----------------------

    /** The record as the YAML mapping a file would hold: keys of the description, values as text. */
    public static Map<String, Object> yaml(KbRecord r) {
        return yaml(Schema.of(r.type()), (Record) r);
    }

    private static Map<String, Object> yaml(Schema.Part part, Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Schema.Field f : part.fields()) {
            Object v = valueOf(r, f.component());
            switch (f.kind()) {
                case TYPE -> {
                    // The folder says it.
                }
                case INLINE -> out.putAll(yaml(f.part(), (Record) v));
                default -> {
                    Object written = f.many() ? items(f, (List<?>) v) : yamlValue(f, v);
                    if (written != null) {
                        out.put(f.key(), written);
                    }
                }
            }
        }
        return out;
    }

    private static Object items(Schema.Field f, List<?> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(yamlValue(f, v));
        }
        return out;
    }

    private static Object yamlValue(Schema.Field f, Object v) {
        if (v == null) {
            return null;
        }
        return switch (f.kind()) {
            case PART -> yaml(f.part(), (Record) v);
            case LOCALIZED, PROSE, REF_BY_LANGUAGE -> {
                Map<String, String> texts = new LinkedHashMap<>();
                ((LocalizedText) v).asMap().forEach((lang, text) -> texts.put(lang.code(), text));
                yield f.many() || !texts.isEmpty() ? texts : null;
            }
            case FLAG -> (Boolean) v ? "true" : null;
            case ENUM -> ((Enum<?>) v).name().toLowerCase(java.util.Locale.ROOT);
            case DECIMAL -> ((BigDecimal) v).toPlainString();
            case ID, TEXT, WORD, ESSAY_CODE, LINES, CURRENCY, URL, LANGUAGE, COUNTRY, REF, DATE, DATE_RANGE, WHOLE -> v.toString();
            case TYPE, INLINE -> throw new IllegalArgumentException("not a value: " + f);
        };
    }
}
