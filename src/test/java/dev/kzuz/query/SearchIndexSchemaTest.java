package dev.kzuz.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.FieldChanges;
import dev.kzuz.model.GeneratedRecords;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Place;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Schema;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;

/**
 * The search index holds exactly the fields {@link Schema} marks searched: over generated
 * records of each type, every word of a searched field's value is in an index entry of the
 * record under the field's index name (a place named, by the place's names), and changing a
 * field not marked searched leaves the record's indexed words as they were.
 */
class SearchIndexSchemaTest {
    private static final int RECORDS = 40;
    /** Each sampled record's index and words, made once for all its fields. */
    private static final Map<KbRecord, SearchIndex> INDEXES = new IdentityHashMap<>();
    private static final Map<KbRecord, Set<String>> WORDS = new IdentityHashMap<>();

    @Example
    void theIndexHoldsExactlyTheFieldsMarkedSearched() {
        List<String> wrong = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            List<KbRecord> sample = GeneratedRecords.sample(type, RECORDS, 29 + type.ordinal());
            for (FieldChanges.Path path : FieldChanges.paths(type)) {
                Schema.Field f = path.leaf();
                if (f.searchedAs() == null && f.part() != null && searchedWithin(f.part())) {
                    // A part whose own fields are searched (founded.place, authors.family): those say it.
                    continue;
                }
                for (KbRecord r : sample) {
                    String problem = f.searchedAs() != null ? missing(r, path) : leaked(r, path);
                    if (problem != null) {
                        wrong.add(type.folder() + ": " + path.name() + " " + problem);
                        break;
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean searchedWithin(Schema.Part part) {
        for (Schema.Field f : part.fields()) {
            if (f.searchedAs() != null || f.part() != null && searchedWithin(f.part())) {
                return true;
            }
        }
        return false;
    }

    /** Why the field's value is not found in the index, or null when it is. */
    private static String missing(KbRecord r, FieldChanges.Path path) {
        Schema.Field f = path.leaf();
        if (f.kind() == Schema.Kind.PART) {
            return null;
        }
        KnowledgeBase kb = GeneratedRecords.around(r);
        SearchIndex index = INDEXES.computeIfAbsent(r, k -> SearchIndex.build(kb, List.of(k)));
        Object value = FieldChanges.valueAt((Record) r, path.fields(), 0);
        if (value == FieldChanges.UNREACHABLE) {
            return null;
        }
        for (String text : texts(value, f, kb)) {
            List<String> words = Fold.tokens(text);
            if (r.type() == RecordType.PLACE) {
                if (!words.isEmpty() && !placeNames(index).contains(Fold.key(text))) {
                    return "is marked searched, but the place names lack '" + text + "'";
                }
                continue;
            }
            boolean found = words.isEmpty();
            for (SearchIndex.Entry e : index.entriesOf(r.id())) {
                boolean named = e.field().equals(f.searchedAs()) || e.field().startsWith(f.searchedAs() + ".");
                found |= named && List.of(e.folded().split(" ")).containsAll(words);
            }
            if (!found) {
                return "is marked searched as '" + f.searchedAs() + "', but the index lacks '" + text + "' there";
            }
        }
        return null;
    }

    private static Set<String> placeNames(SearchIndex index) {
        Set<String> out = new TreeSet<>();
        for (List<String> names : index.placeNames()) {
            out.addAll(names);
        }
        return out;
    }

    /** Why changing the field changes the record's indexed words, or null when it does not. */
    private static String leaked(KbRecord r, FieldChanges.Path path) {
        Set<String> before = WORDS.computeIfAbsent(r, SearchIndexSchemaTest::words);
        for (KbRecord other : FieldChanges.changed(r, path)) {
            if (!words(other).equals(before)) {
                return "is not marked searched, but changing it changes what the index holds";
            }
        }
        return null;
    }

    private static Set<String> words(KbRecord r) {
        KnowledgeBase kb = GeneratedRecords.around(r);
        SearchIndex index = SearchIndex.build(kb, List.of(r));
        Set<String> out = new TreeSet<>();
        for (SearchIndex.Entry e : index.entriesOf(r.id())) {
            out.add(e.folded());
        }
        for (List<String> names : index.placeNames()) {
            for (String name : names) {
                out.add("place name: " + name);
            }
        }
        return out;
    }

    /** The texts a value stands for in search: itself, each text by language, a place's names. */
    private static List<String> texts(Object value, Schema.Field f, KnowledgeBase kb) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                out.addAll(texts(item, f, kb));
            }
        } else if (value instanceof LocalizedText t) {
            out.addAll(t.asMap().values());
        } else if (value != null && f.kind() == Schema.Kind.REF && f.refers() == RecordType.PLACE) {
            Place p = kb.get(value.toString(), Place.class).orElseThrow();
            out.addAll(p.name().asMap().values());
            out.addAll(p.aliases());
        } else if (value != null) {
            out.add(value.toString());
        }
        return out;
    }
}
