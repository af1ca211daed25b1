package dev.kzuz.query;

import dev.kzuz.kb.Bundle;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.FormerName;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Person;
import dev.kzuz.model.Place;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.model.TradeFigure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every searchable text of every record, already folded ({@link Fold}), with the field it came
 * from, and the folded names of every place. The bundled knowledge base's index is built when
 * the jar is built and read from it in one piece, so a query folds only itself; overlay records
 * are indexed when loaded.
 *
 * <p>All strings are slices of one text and every table is an int array: the jar's index loads
 * with a few bulk copies instead of parsing (at start-up that runs interpreted, and parsing the
 * index was most of a search).
 */
public final class SearchIndex {
    /** The index: its file name, and its place in the jar. */
    public static final String FILE = "search-index.bin";
    public static final String RESOURCE = "kb/" + FILE;
    private static final int MAGIC = 0x4b5a4958; // "KZIX"

    /** One searchable text: record, field (e.g. "title.ru", "alias", "place"), folded text. */
    public record Entry(String id, String field, String folded) {
    }

    private final String text;
    /** Per record: id start, id end, first entry, end of its entries. */
    private final int[] records;
    /** Per entry: record, field start, field end, folded start, folded end. */
    private final int[] entries;
    /** Per distinct word: start, end, first posting, end of its postings. */
    private final int[] tokens;
    /** The entries each word occurs in, word by word. */
    private final int[] postings;
    /** Per place: start and end of its names in {@link #names}. */
    private final int[] places;
    /** Per place name: start, end. */
    private final int[] names;
    /**
     * Made on first use. The shell may run two commands over one index at once (one abandoned
     * with Ctrl-C), so each is published whole: an entry is a record (final fields), the others volatile.
     */
    private final Entry[] made;
    private volatile String[] tokenWords;
    private volatile Map<String, Integer> recordOfId;

    private SearchIndex(String text, int[] records, int[] entries, int[] tokens, int[] postings, int[] places, int[] names) {
        this.text = text;
        this.records = records;
        this.entries = entries;
        this.tokens = tokens;
        this.postings = postings;
        this.places = places;
        this.names = names;
        this.made = new Entry[entries.length / 5];
    }

    /** The compact index of these entries (grouped by record, in order) and place names. */
    static SearchIndex of(List<Entry> list, List<List<String>> placeNames) {
        StringBuilder text = new StringBuilder();
        Map<String, Integer> slices = new HashMap<>();
        List<int[]> recordRows = new ArrayList<>();
        int[] entryRows = new int[list.size() * 5];
        Map<String, List<Integer>> byToken = new java.util.TreeMap<>();
        for (int e = 0; e < list.size(); e++) {
            Entry entry = list.get(e);
            if (recordRows.isEmpty() || !entry.id().equals(list.get(recordRows.get(recordRows.size() - 1)[2]).id())) {
                int id = slice(text, slices, entry.id());
                recordRows.add(new int[] {id, id + entry.id().length(), e, e});
            }
            int[] record = recordRows.get(recordRows.size() - 1);
            record[3] = e + 1;
            int field = slice(text, slices, entry.field());
            int folded = slice(text, slices, entry.folded());
            System.arraycopy(new int[] {recordRows.size() - 1, field, field + entry.field().length(), folded,
                folded + entry.folded().length()}, 0, entryRows, e * 5, 5);
            for (String t : entry.folded().split(" ")) {
                if (!t.isEmpty()) {
                    List<Integer> p = byToken.computeIfAbsent(t, k -> new ArrayList<>());
                    if (p.isEmpty() || p.get(p.size() - 1) != e) {
                        p.add(e);
                    }
                }
            }
        }
        int[] recordTable = new int[recordRows.size() * 4];
        for (int r = 0; r < recordRows.size(); r++) {
            System.arraycopy(recordRows.get(r), 0, recordTable, r * 4, 4);
        }
        int[] tokenTable = new int[byToken.size() * 4];
        List<Integer> allPostings = new ArrayList<>();
        int t = 0;
        for (Map.Entry<String, List<Integer>> token : byToken.entrySet()) {
            int start = slice(text, slices, token.getKey());
            tokenTable[t * 4] = start;
            tokenTable[t * 4 + 1] = start + token.getKey().length();
            tokenTable[t * 4 + 2] = allPostings.size();
            allPostings.addAll(token.getValue());
            tokenTable[t * 4 + 3] = allPostings.size();
            t++;
        }
        int[] placeTable = new int[placeNames.size() * 2];
        List<Integer> nameRows = new ArrayList<>();
        for (int p = 0; p < placeNames.size(); p++) {
            placeTable[p * 2] = nameRows.size() / 2;
            for (String name : placeNames.get(p)) {
                int start = slice(text, slices, name);
                nameRows.add(start);
                nameRows.add(start + name.length());
            }
            placeTable[p * 2 + 1] = nameRows.size() / 2;
        }
        return new SearchIndex(text.toString(), recordTable, entryRows, tokenTable, ints(allPostings), placeTable, ints(nameRows));
    }

    /** Where {@code s} starts in the text, appending it the first time. */
    private static int slice(StringBuilder text, Map<String, Integer> slices, String s) {
        return slices.computeIfAbsent(s, k -> {
            int at = text.length();
            text.append(k);
            return at;
        });
    }

    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = list.get(k);
        }
        return out;
    }

    public int entryCount() {
        return made.length;
    }

    /** Entry {@code e}, made on first use. */
    public Entry entry(int e) {
        Entry entry = made[e];
        if (entry == null) {
            int[] x = entries;
            int r = x[e * 5];
            entry = new Entry(text.substring(records[r * 4], records[r * 4 + 1]), text.substring(x[e * 5 + 1], x[e * 5 + 2]),
                    text.substring(x[e * 5 + 3], x[e * 5 + 4]));
            made[e] = entry;
        }
        return entry;
    }

    /** Every distinct indexed word, in order; {@link #postings} takes a word's place in this list. */
    public String[] tokens() {
        if (tokenWords == null) {
            String[] words = new String[tokens.length / 4];
            for (int t = 0; t < words.length; t++) {
                words[t] = text.substring(tokens[t * 4], tokens[t * 4 + 1]);
            }
            tokenWords = words;
        }
        return tokenWords;
    }

    /** The entries word {@code t} (of {@link #tokens}) occurs in. */
    public int[] postings(int t) {
        return java.util.Arrays.copyOfRange(postings, tokens[t * 4 + 2], tokens[t * 4 + 3]);
    }

    /** The entries of one record. */
    public List<Entry> entriesOf(String id) {
        if (recordOfId == null) {
            Map<String, Integer> map = new HashMap<>(records.length / 2);
            for (int r = 0; r < records.length / 4; r++) {
                map.put(text.substring(records[r * 4], records[r * 4 + 1]), r);
            }
            recordOfId = map;
        }
        Integer r = recordOfId.get(id);
        if (r == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (int e = records[r * 4 + 2]; e < records[r * 4 + 3]; e++) {
            out.add(entry(e));
        }
        return out;
    }

    /** The folded names of each place. */
    public List<List<String>> placeNames() {
        List<List<String>> out = new ArrayList<>(places.length / 2);
        for (int p = 0; p < places.length / 2; p++) {
            List<String> group = new ArrayList<>();
            for (int n = places[p * 2]; n < places[p * 2 + 1]; n++) {
                group.add(text.substring(names[n * 2], names[n * 2 + 1]));
            }
            out.add(group);
        }
        return out;
    }

    /** Indexes the records (places feed their names to the records placed there). */
    public static SearchIndex build(KnowledgeBase kb, Collection<? extends KbRecord> records) {
        List<Entry> out = new ArrayList<>();
        KbRecord.Cases<Void> fields = typeFields(kb, out);
        for (KbRecord r : records) {
            if (r.type() == RecordType.PLACE) {
                continue;
            }
            add(out, r.id(), "id", r.id().replace('-', ' '));
            for (LocalizedText titles : List.of(r.title(), r.descriptiveTitle())) {
                for (Map.Entry<Lang, String> t : titles.asMap().entrySet()) {
                    add(out, r.id(), "title." + t.getKey().code(), t.getValue());
                }
            }
            for (String alias : r.aliases()) {
                add(out, r.id(), "alias", alias);
            }
            r.match(fields);
        }
        List<List<String>> placeNames = new ArrayList<>();
        for (Place p : kb.ofType(RecordType.PLACE, Place.class)) {
            Set<String> names = new java.util.LinkedHashSet<>();
            p.spellings().forEach(n -> names.add(Fold.key(n)));
            placeNames.add(List.copyOf(names));
        }
        return of(out, placeNames);
    }

    /** The entries of the fields only some types have (id, titles and aliases every record has). */
    private static KbRecord.Cases<Void> typeFields(KnowledgeBase kb, List<Entry> out) {
        return new KbRecord.Cases<>() {
            @Override
            public Void dated(DatedRecord d) {
                SearchIndex.place(out, kb, d.id(), d.place());
                parties(out, d.id(), d.parties());
                text(out, d.id(), "summary", d.summary());
                return null;
            }

            @Override
            public Void institution(Institution i) {
                // Earlier titles find the body as its present ones do.
                for (FormerName n : i.names()) {
                    for (Map.Entry<Lang, String> t : n.name().asMap().entrySet()) {
                        add(out, i.id(), "title." + t.getKey().code(), t.getValue());
                    }
                }
                SearchIndex.place(out, kb, i.id(), i.seat());
                if (i.founded() != null) {
                    SearchIndex.place(out, kb, i.id(), i.founded().place());
                }
                text(out, i.id(), "summary", i.summary());
                text(out, i.id(), "purpose", i.purpose());
                return null;
            }

            @Override
            public Void trade(TradeFigure t) {
                text(out, t.id(), "summary", t.summary());
                add(out, t.id(), "kind", "trade " + t.kind());
                return null;
            }

            @Override
            public Void source(Source s) {
                if (s.titleEn() != null) {
                    add(out, s.id(), "title.en", s.titleEn());
                }
                for (Person a : s.authors()) {
                    add(out, s.id(), "author", a.family());
                }
                if (s.site() != null) {
                    add(out, s.id(), "site", s.site());
                }
                return null;
            }

            /** Places are not found themselves: their names find the records placed there. */
            @Override
            public Void place(Place p) {
                return null;
            }

            @Override
            public Void claim(EssayClaim c) {
                add(out, c.id(), "code", c.code() == null ? "" : c.code());
                return null;
            }
        };
    }

    private static void place(List<Entry> out, KnowledgeBase kb, String id, String placeId) {
        if (placeId == null) {
            return;
        }
        kb.get(placeId, Place.class).ifPresent(p -> {
            Set<String> names = new HashSet<>(p.spellings());
            names.forEach(n -> add(out, id, "place", n));
        });
    }

    private static void parties(List<Entry> out, String id, List<String> codes) {
        for (String code : codes) {
            add(out, id, "parties", code);
        }
    }

    private static void text(List<Entry> out, String id, String field, LocalizedText t) {
        if (t != null) {
            t.asMap().forEach((lang, text) -> add(out, id, field + "." + lang.code(), text));
        }
    }

    private static void add(List<Entry> out, String id, String field, String text) {
        String folded = Fold.key(text);
        if (!folded.isEmpty()) {
            out.add(new Entry(id, field, folded));
        }
    }

    /** The index as the jar holds it (little-endian ints, then the text). */
    public void write(OutputStream out) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        boolean ascii = bytes.length == text.length();
        int[][] tables = {records, entries, tokens, postings, places, names};
        ByteBuffer b = ByteBuffer.allocate(4 * (3 + tables.length) + 4 * java.util.Arrays.stream(tables).mapToInt(a -> a.length).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(ascii ? 1 : 0).putInt(bytes.length);
        for (int[] table : tables) {
            b.putInt(table.length);
        }
        for (int[] table : tables) {
            b.asIntBuffer().put(table);
            b.position(b.position() + 4 * table.length);
        }
        out.write(b.array());
        out.write(bytes);
    }

    /** The index built into the jar, or null when this build has none. */
    public static SearchIndex bundled() {
        try {
            byte[] bytes = Bundle.read(FILE);
            return bytes == null ? null : read(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SearchIndex read(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || b.getInt() != MAGIC) {
            throw new IOException("not a kzuz search index (rebuild the jar)");
        }
        boolean ascii = b.getInt() == 1;
        int textBytes = b.getInt();
        int[][] tables = new int[6][];
        for (int k = 0; k < tables.length; k++) {
            tables[k] = new int[b.getInt()];
        }
        for (int[] table : tables) {
            // Bulk copies: no per-number work.
            b.asIntBuffer().get(table);
            b.position(b.position() + 4 * table.length);
        }
        String text = new String(bytes, b.position(), textBytes, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        return new SearchIndex(text, tables[0], tables[1], tables[2], tables[3], tables[4], tables[5]);
    }
}
