package dev.kzuz.query;

import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Place;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.model.TradeFigure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * from. The bundled knowledge base's index is built when the jar is built and read from it, so
 * a query folds only itself; overlay records are indexed when loaded.
 */
public final class SearchIndex {
    /** The index file inside the jar. */
    public static final String RESOURCE = "kb/search-index.tsv";

    /** One searchable text: record, field (e.g. "title.ru", "alias", "place"), folded text. */
    public record Entry(String id, String field, String folded) {
    }

    private final List<Entry> entries;
    private final Map<String, List<Integer>> byToken = new HashMap<>();
    private final Map<String, List<Integer>> byRecord = new HashMap<>();

    public SearchIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            byRecord.computeIfAbsent(this.entries.get(i).id(), k -> new ArrayList<>()).add(i);
            for (String t : this.entries.get(i).folded().split(" ")) {
                if (!t.isEmpty()) {
                    byToken.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public Set<String> tokens() {
        return byToken.keySet();
    }

    /** The entries of one record. */
    public List<Entry> entriesOf(String id) {
        return byRecord.getOrDefault(id, List.of()).stream().map(entries::get).toList();
    }

    public List<Integer> postings(String token) {
        return byToken.getOrDefault(token, List.of());
    }

    /** Indexes the records (places feed their names to the records placed there). */
    public static SearchIndex build(KnowledgeBase kb, Collection<? extends KbRecord> records) {
        List<Entry> out = new ArrayList<>();
        for (KbRecord r : records) {
            if (r.type() == RecordType.PLACE) {
                continue;
            }
            add(out, r.id(), "id", r.id().replace('-', ' '));
            for (Map.Entry<Lang, String> t : r.title().asMap().entrySet()) {
                add(out, r.id(), "title." + t.getKey().code(), t.getValue());
            }
            for (String alias : r.aliases()) {
                add(out, r.id(), "alias", alias);
            }
            if (r instanceof DatedRecord d) {
                place(out, kb, d.id(), d.place());
                parties(out, d.id(), d.parties());
                text(out, d.id(), "summary", d.summary());
            } else if (r instanceof Institution i) {
                place(out, kb, i.id(), i.seat());
                if (i.founded() != null) {
                    place(out, kb, i.id(), i.founded().place());
                }
                text(out, i.id(), "summary", i.summary());
                text(out, i.id(), "purpose", i.purpose());
            } else if (r instanceof TradeFigure t) {
                text(out, t.id(), "summary", t.summary());
                add(out, t.id(), "kind", "trade " + t.kind());
            } else if (r instanceof Source s) {
                if (s.titleEn() != null) {
                    add(out, s.id(), "title.en", s.titleEn());
                }
                s.authors().forEach(a -> add(out, s.id(), "author", a.family()));
                if (s.site() != null) {
                    add(out, s.id(), "site", s.site());
                }
            } else if (r instanceof EssayClaim c) {
                add(out, c.id(), "code", c.code() == null ? "" : c.code());
            }
        }
        return new SearchIndex(out);
    }

    private static void place(List<Entry> out, KnowledgeBase kb, String id, String placeId) {
        if (placeId == null) {
            return;
        }
        kb.get(placeId, Place.class).ifPresent(p -> {
            Set<String> names = new HashSet<>(p.name().asMap().values());
            names.addAll(p.aliases());
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

    public void write(Writer w) throws IOException {
        for (Entry e : entries) {
            w.write(e.id() + "\t" + e.field() + "\t" + e.folded() + "\n");
        }
    }

    /** The index built into the jar, or null when this build has none. */
    public static SearchIndex bundled() {
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] p = line.split("\t", 3);
                if (p.length == 3) {
                    entries.add(new Entry(p[0], p[1], p[2]));
                }
            }
            return new SearchIndex(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
