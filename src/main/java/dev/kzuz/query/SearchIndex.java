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
 * Every searchable text of every record, already folded ({@link Fold}) and stemmed
 * ({@link Stems}), with the field it came from, the folded names of every place, and the texts
 * of the languages' search words ({@link SearchLanguages}). The bundled knowledge base's index
 * is built when the jar is built and read from it in one piece, so a query folds and stems only
 * itself; overlay records are indexed when loaded.
 *
 * <p>All strings are slices of one text and every table is an int array: the jar's index loads
 * with a few bulk copies instead of parsing (at start-up that runs interpreted, and parsing the
 * index was most of a search).
 */
public final class SearchIndex {
    /** The index: its file name, and its place in the jar. */
    public static final String FILE = "search-index.bin";
    public static final String RESOURCE = "kb/" + FILE;
    private static final int MAGIC = 0x4b5a4953; // "KZIS": with stems
    /** The ints of one entry in {@link #entries}. */
    private static final int ENTRY = 7;

    /**
     * One searchable text: record, field (e.g. "title.ru", "alias", "place"), folded text, and
     * its words' folded stems (words separated by spaces, a word's stems in several languages by
     * '|'). An index keeps this text for names only (titles, other names: {@link #isName}),
     * which search compares whole; other fields' stems are only in its stem table.
     */
    public record Entry(String id, String field, String folded, String stems) {
    }

    /** Whether a field names its record: a title or another name. */
    static boolean isName(String field) {
        return field.startsWith("title") || field.equals("alias");
    }

    private final String text;
    /** Per record: id start, id end, first entry, end of its entries. */
    private final int[] records;
    /** Per entry: record, field start, field end, folded start, folded end, stems start, stems end. */
    private final int[] entries;
    /** Per distinct word: start, end, first posting, end of its postings. */
    private final int[] tokens;
    /** The entries each word occurs in, word by word. */
    private final int[] postings;
    /** Per distinct stem, in order: start, end, first posting, end of its postings. */
    private final int[] stems;
    /** The entries each stem occurs in, stem by stem. */
    private final int[] stemPostings;
    /** Per place: start and end of its names in {@link #names}. */
    private final int[] places;
    /** Per place name: start, end. */
    private final int[] names;
    /** The languages' search words, compiled, in UTF-8, in {@link Lang} order. */
    private final byte[][] languageFiles;
    private volatile SearchLanguages languages;
    /**
     * Made on first use. The shell may run two commands over one index at once (one abandoned
     * with Ctrl-C), so each is published whole: an entry is a record (final fields), the others volatile.
     */
    private final Entry[] made;
    private volatile String[] tokenWords;
    private volatile Map<String, Integer> recordOfId;

    private SearchIndex(String text, int[][] tables, byte[][] languageFiles) {
        this.text = text;
        this.records = tables[0];
        this.entries = tables[1];
        this.tokens = tables[2];
        this.postings = tables[3];
        this.stems = tables[4];
        this.stemPostings = tables[5];
        this.places = tables[6];
        this.names = tables[7];
        this.languageFiles = languageFiles;
        this.made = new Entry[entries.length / ENTRY];
    }

    /** The compact index of these entries (grouped by record, in order), place names and languages. */
    static SearchIndex of(List<Entry> list, List<List<String>> placeNames, SearchLanguages languages) {
        StringBuilder text = new StringBuilder();
        Map<String, Integer> slices = new HashMap<>();
        List<int[]> recordRows = new ArrayList<>();
        int[] entryRows = new int[list.size() * ENTRY];
        Map<String, List<Integer>> byToken = new java.util.TreeMap<>();
        Map<String, List<Integer>> byStem = new java.util.TreeMap<>();
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
            // The index is read whole at start-up: only names keep their stems as a text.
            String kept = isName(entry.field()) ? entry.stems() : "";
            int stemmed = slice(text, slices, kept);
            System.arraycopy(new int[] {recordRows.size() - 1, field, field + entry.field().length(), folded,
                folded + entry.folded().length(), stemmed, stemmed + kept.length()}, 0, entryRows, e * ENTRY, ENTRY);
            String[] words = entry.folded().split(" ");
            post(byToken, words, e);
            // A stem the entry has as a word too is found as that word (see stemPostings): the
            // index is read whole at start-up, so it holds no posting twice.
            List<String> stemsNotWords = new ArrayList<>(List.of(entry.stems().replace('|', ' ').split(" ")));
            stemsNotWords.removeAll(List.of(words));
            post(byStem, stemsNotWords.toArray(new String[0]), e);
        }
        int[] recordTable = new int[recordRows.size() * 4];
        for (int r = 0; r < recordRows.size(); r++) {
            System.arraycopy(recordRows.get(r), 0, recordTable, r * 4, 4);
        }
        List<Integer> allPostings = new ArrayList<>();
        int[] tokenTable = words(byToken, text, slices, allPostings);
        List<Integer> allStemPostings = new ArrayList<>();
        int[] stemTable = words(byStem, text, slices, allStemPostings);
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
        byte[][] languageFiles = new byte[Lang.values().length][];
        for (Lang lang : Lang.values()) {
            languageFiles[lang.ordinal()] = languages.file(lang);
        }
        return new SearchIndex(text.toString(), new int[][] {recordTable, entryRows, tokenTable, ints(allPostings), stemTable,
            ints(allStemPostings), placeTable, ints(nameRows)}, languageFiles);
    }

    /** Entry {@code e} in the postings of each of these words. */
    private static void post(Map<String, List<Integer>> byWord, String[] words, int e) {
        for (String w : words) {
            if (!w.isEmpty()) {
                List<Integer> p = byWord.computeIfAbsent(w, k -> new ArrayList<>());
                if (p.isEmpty() || p.get(p.size() - 1) != e) {
                    p.add(e);
                }
            }
        }
    }

    /** The table of these words (in order): start, end, first posting, end of postings; their postings appended. */
    private static int[] words(Map<String, List<Integer>> byWord, StringBuilder text, Map<String, Integer> slices, List<Integer> postings) {
        int[] table = new int[byWord.size() * 4];
        int t = 0;
        for (Map.Entry<String, List<Integer>> word : byWord.entrySet()) {
            int start = slice(text, slices, word.getKey());
            table[t * 4] = start;
            table[t * 4 + 1] = start + word.getKey().length();
            table[t * 4 + 2] = postings.size();
            postings.addAll(word.getValue());
            table[t * 4 + 3] = postings.size();
            t++;
        }
        return table;
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
            int at = e * ENTRY;
            int r = x[at];
            entry = new Entry(text.substring(records[r * 4], records[r * 4 + 1]), text.substring(x[at + 1], x[at + 2]),
                    text.substring(x[at + 3], x[at + 4]), text.substring(x[at + 5], x[at + 6]));
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

    /**
     * The entries a folded stem occurs in: those where a word has that stem, and those that have
     * it as a word (the stem table leaves those out); an entry may come twice.
     */
    public int[] stemPostings(String stem) {
        int[] asStem = find(stems, stemPostings, stem);
        int[] asWord = find(tokens, postings, stem);
        int[] out = java.util.Arrays.copyOf(asStem, asStem.length + asWord.length);
        System.arraycopy(asWord, 0, out, asStem.length, asWord.length);
        return out;
    }

    /** The postings of a word in a table of words (in order) and their postings; none when it is not there. */
    private int[] find(int[] table, int[] posted, String word) {
        int lo = 0;
        int hi = table.length / 4 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(table[mid * 4], table[mid * 4 + 1], word);
            if (c == 0) {
                return java.util.Arrays.copyOfRange(posted, table[mid * 4 + 2], table[mid * 4 + 3]);
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return new int[0];
    }

    /** The text from start to end against s, as String.compareTo orders them (the tables' order). */
    private int compare(int start, int end, String s) {
        int n = Math.min(end - start, s.length());
        for (int i = 0; i < n; i++) {
            int c = text.charAt(start + i) - s.charAt(i);
            if (c != 0) {
                return c;
            }
        }
        return (end - start) - s.length();
    }

    /** The languages' search words this index was made with. */
    SearchLanguages languages() {
        SearchLanguages l = languages;
        if (l == null) {
            l = SearchLanguages.of(languageFiles);
            languages = l;
        }
        return l;
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
        SearchLanguages languages = SearchLanguages.fromResources();
        Entries out = new Entries(languages);
        KbRecord.Cases<Void> fields = typeFields(kb, out);
        for (KbRecord r : records) {
            if (r.type() == RecordType.PLACE) {
                continue;
            }
            out.add(r.id(), "id", r.id().replace('-', ' '), null);
            for (LocalizedText titles : List.of(r.title(), r.descriptiveTitle())) {
                for (Map.Entry<Lang, String> t : titles.asMap().entrySet()) {
                    out.add(r.id(), "title." + t.getKey().code(), t.getValue(), t.getKey());
                }
            }
            for (String alias : r.aliases()) {
                out.add(r.id(), "alias", alias, null);
            }
            r.match(fields);
        }
        List<List<String>> placeNames = new ArrayList<>();
        for (Place p : kb.ofType(RecordType.PLACE, Place.class)) {
            Set<String> names = new java.util.LinkedHashSet<>();
            p.spellings().forEach(n -> names.add(Fold.key(n)));
            placeNames.add(List.copyOf(names));
        }
        return of(out.list, placeNames, languages);
    }

    /** The entries being made, folded and stemmed with the languages' words. */
    private static final class Entries {
        final List<Entry> list = new ArrayList<>();
        final Stems stems;

        Entries(SearchLanguages languages) {
            this.stems = new Stems(languages);
        }

        /** An entry of a text in language {@code lang} (null when not known). */
        void add(String id, String field, String text, Lang lang) {
            String folded = Fold.key(text);
            if (!folded.isEmpty()) {
                list.add(new Entry(id, field, folded, stems.ofText(text, lang)));
            }
        }
    }

    /** The entries of the fields only some types have (id, titles and aliases every record has). */
    private static KbRecord.Cases<Void> typeFields(KnowledgeBase kb, Entries out) {
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
                        out.add(i.id(), "title." + t.getKey().code(), t.getValue(), t.getKey());
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
                out.add(t.id(), "kind", "trade " + t.kind(), null);
                return null;
            }

            @Override
            public Void source(Source s) {
                if (s.titleEn() != null) {
                    out.add(s.id(), "title.en", s.titleEn(), Lang.EN);
                }
                for (Person a : s.authors()) {
                    out.add(s.id(), "author", a.family(), null);
                }
                if (s.site() != null) {
                    out.add(s.id(), "site", s.site(), null);
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
                out.add(c.id(), "code", c.code() == null ? "" : c.code(), null);
                return null;
            }
        };
    }

    private static void place(Entries out, KnowledgeBase kb, String id, String placeId) {
        if (placeId == null) {
            return;
        }
        kb.get(placeId, Place.class).ifPresent(p -> {
            // Each spelling once, in the language it is the name in (another spelling in none).
            Map<String, Lang> langOf = new HashMap<>();
            p.name().asMap().forEach((lang, name) -> langOf.putIfAbsent(name, lang));
            Set<String> names = new HashSet<>(p.spellings());
            names.forEach(n -> out.add(id, "place", n, langOf.get(n)));
        });
    }

    private static void parties(Entries out, String id, List<String> codes) {
        for (String code : codes) {
            out.add(id, "parties", code, null);
        }
    }

    private static void text(Entries out, String id, String field, LocalizedText t) {
        if (t != null) {
            t.asMap().forEach((lang, text) -> out.add(id, field + "." + lang.code(), text, lang));
        }
    }

    /** The index as the jar holds it (little-endian ints, then the text). */
    public void write(OutputStream out) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        boolean ascii = bytes.length == text.length();
        int[][] tables = {records, entries, tokens, postings, stems, stemPostings, places, names};
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
        // The languages' words after the folded text, which stays ASCII (and so quick to read).
        for (byte[] words : languageFiles) {
            out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(words.length).array());
            out.write(words);
        }
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
        int[][] tables = new int[8][];
        for (int k = 0; k < tables.length; k++) {
            tables[k] = new int[b.getInt()];
        }
        for (int[] table : tables) {
            // Bulk copies: no per-number work.
            b.asIntBuffer().get(table);
            b.position(b.position() + 4 * table.length);
        }
        String text = new String(bytes, b.position(), textBytes, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        b.position(b.position() + textBytes);
        // Copied, not decoded: a search decodes only the languages its words are in.
        byte[][] languageFiles = new byte[Lang.values().length][];
        for (int k = 0; k < languageFiles.length; k++) {
            int length = b.getInt();
            languageFiles[k] = java.util.Arrays.copyOfRange(bytes, b.position(), b.position() + length);
            b.position(b.position() + length);
        }
        return new SearchIndex(text, tables, languageFiles);
    }
}
