package dev.kzuz.render;

import dev.kzuz.query.DateText;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Claim;
import dev.kzuz.model.DateRange;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.FormerName;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Membership;
import dev.kzuz.model.Place;
import dev.kzuz.model.Provenance;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.model.Sourced;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.model.Verdict;
import dev.kzuz.query.TradeText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns records into cells and fields, in a language: what the table, Markdown and CSV
 * renderers share. Headers are label keys ({@link Labels}); renderers decide how to show them.
 */
public final class Projection {

    /** A labelled value of a detail view; the key is a {@link Labels} key. */
    public record Field(String key, String value) {
    }

    /** A titled grid inside a detail view (membership, conflicting claims). */
    public record Section(String key, Grid grid) {
    }

    /** One record laid out: heading, fields, sections and the sources it cites. */
    public record Detail(String heading, List<Field> fields, List<Section> sections, List<Source> sources) {
    }

    private Projection() {
    }

    // ---- lists -------------------------------------------------------------------------

    /** The list grid; the {@code id} and {@code sources} columns only where asked. */
    public static Grid list(ListView v, boolean withId, boolean withSources) {
        List<String> header = new ArrayList<>();
        if (withId) {
            header.add("id");
        }
        header.addAll(switch (v.type()) {
            case TREATY, EVENT -> List.of("date", "title", "place", "parties", "kind", "verdict");
            case INSTITUTION -> List.of("title", "kind", "founded", "seat", "KZ", "UZ", "verdict");
            case TRADE -> List.of("period", "reporter", "turnover", "exports", "imports", "growth", "verdict");
            case CLAIM -> List.of("code", "lines", "claim", "verdict", "records");
            case SOURCE, PLACE -> List.of("title");
        });
        if (withSources) {
            header.add("sources");
        }
        List<List<String>> rows = new ArrayList<>();
        KbRecord.Cases<List<String>> cells = listCells(v.lang(), v.kb());
        for (KbRecord r : v.records()) {
            List<String> row = new ArrayList<>();
            if (withId) {
                row.add(r.id());
            }
            row.addAll(r.match(cells));
            if (withSources) {
                row.add(sourceIds(r, v.kb()));
            }
            rows.add(row);
        }
        return new Grid(header, rows);
    }

    /** A list row's cells for each type, under the headers {@link #list} gives that type. */
    private static KbRecord.Cases<List<String>> listCells(Lang lang, KnowledgeBase kb) {
        return new KbRecord.Cases<>() {
            @Override
            public List<String> dated(DatedRecord d) {
                return List.of(d.date().toString(), title(d, lang), Projection.place(d.place(), d.date(), kb, lang),
                        String.join(", ", d.parties()), Labels.kind(d.kind(), lang), verdict(d, lang));
            }

            @Override
            public List<String> institution(Institution i) {
                String founded = i.founded() == null || i.founded().date() == null ? "" : i.founded().date().toString();
                return List.of(title(i, lang), Labels.kind(i.kind(), lang), founded, Projection.place(i.seat(), kb, lang),
                        standing(i, "KZ", lang), standing(i, "UZ", lang), verdict(i, lang));
            }

            @Override
            public List<String> trade(TradeFigure t) {
                return List.of(t.period() == null ? "" : t.period().toString(), reporter(t, lang), money(t.turnover(), t, lang),
                        money(t.exports(), t, lang), money(t.imports(), t, lang), t.growth() == null ? "" : TradeText.number(t.growth(), lang),
                        verdict(t, lang));
            }

            @Override
            public List<String> source(Source s) {
                return List.of(title(s, lang));
            }

            @Override
            public List<String> place(Place p) {
                return List.of(title(p, lang));
            }

            @Override
            public List<String> claim(EssayClaim c) {
                // Claims the essay's own list does not number are named by id, so they can be cited.
                return List.of(c.code() == null ? c.id() : c.code(), c.lines(), title(c, lang),
                        Labels.get(c.verdict().code(), lang), String.join(", ", c.records()));
            }
        };
    }

    /** A country's latest standing in an institution, e.g. "member 1994-07-08–". */
    public static String standing(Institution i, String country, Lang lang) {
        Membership last = latest(i, country);
        if (last == null) {
            return "—";
        }
        return Labels.get(last.status().code(), lang) + " " + (last.from() == null ? "?" : last.from()) + "–" + (last.to() != null ? last.to() : i.lastRecorded() != null ? "?" : "");
    }

    /** A country's latest membership period in an institution, or null. */
    static Membership latest(Institution i, String country) {
        Membership last = null;
        for (Membership m : i.members()) {
            if (m.country().equals(country) && (last == null || m.from() == null || last.from() == null || m.from().compareTo(last.from()) >= 0)) {
                last = m;
            }
        }
        return last;
    }

    // ---- one record --------------------------------------------------------------------

    public static Detail detail(DetailView v) {
        KbRecord r = v.record();
        Lang lang = v.lang();
        KnowledgeBase kb = v.kb();
        List<Field> f = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        f.add(new Field("id", r.id()));
        if (r.titles().asMap().size() > 1) {
            List<String> titles = new ArrayList<>();
            for (java.util.Map.Entry<Lang, String> e : r.titles().asMap().entrySet()) {
                titles.add(e.getKey().code() + ": " + e.getValue());
            }
            f.add(new Field("titles", String.join(" | ", titles)));
        }
        if (!r.aliases().isEmpty()) {
            f.add(new Field("aliases", String.join(", ", r.aliases())));
        }
        r.match(new KbRecord.Cases<Void>() {
            @Override
            public Void dated(DatedRecord d) {
                f.add(new Field("kind", Labels.kind(d.kind(), lang)));
                f.add(new Field("date", DateText.format(d.date(), lang)));
                add(f, "place", Projection.place(d.place(), d.date(), kb, lang));
                f.add(new Field("parties", parties(d.parties(), lang)));
                add(f, "status", text(d.status(), lang));
                add(f, "summary", text(d.summary(), lang));
                add(f, "related", String.join(", ", d.related()));
                return null;
            }

            @Override
            public Void institution(Institution i) {
                add(f, "names", formerNames(i.names(), lang));
                f.add(new Field("kind", Labels.kind(i.kind(), lang)));
                if (i.founded() != null) {
                    List<String> parts = new ArrayList<>();
                    if (i.founded().date() != null) {
                        parts.add(DateText.format(i.founded().date(), lang));
                    }
                    if (i.founded().place() != null) {
                        parts.add(Projection.place(i.founded().place(), founding(i), kb, lang));
                    }
                    add(f, "founded", String.join(", ", parts));
                    String doc = text(i.founded().document(), lang);
                    add(f, "document", i.founded().treaty() == null ? doc : (doc + " (" + i.founded().treaty() + ")").strip());
                }
                add(f, "dissolved", i.dissolved() == null ? null : DateText.format(i.dissolved(), lang));
                add(f, "last_recorded", i.lastRecorded() == null ? null
                        : Catalogue.of(lang).fill("last_recorded.value", "date", DateText.format(i.lastRecorded(), lang)));
                add(f, "seat", Projection.place(i.seat(), kb, lang));
                add(f, "purpose", text(i.purpose(), lang));
                List<String> bodies = new ArrayList<>();
                for (LocalizedText b : i.bodies()) {
                    bodies.add(text(b, lang));
                }
                add(f, "bodies", String.join("; ", bodies));
                add(f, "fate", text(i.fate(), lang));
                add(f, "summary", text(i.summary(), lang));
                add(f, "related", String.join(", ", i.related()));
                if (!i.members().isEmpty()) {
                    sections.add(new Section("members", members(i, lang)));
                }
                return null;
            }

            @Override
            public Void trade(TradeFigure t) {
                f.add(new Field("kind", Labels.kind(t.kind(), lang)));
                add(f, "period", t.period() == null ? null : DateText.format(t.period(), lang));
                add(f, "reporter", reporter(t, lang));
                add(f, "turnover", money(t.turnover(), t, lang));
                add(f, "exports", money(t.exports(), t, lang));
                add(f, "imports", money(t.imports(), t, lang));
                add(f, "growth", t.growth() == null ? null : TradeText.number(t.growth(), lang));
                add(f, "summary", text(t.summary(), lang));
                return null;
            }

            @Override
            public Void source(Source s) {
                f.add(new Field("kind", Labels.kind(s.kind(), lang)));
                f.add(new Field("value", References.plain(s, lang)));
                return null;
            }

            @Override
            public Void place(Place p) {
                add(f, "names", formerNames(p.names(), lang));
                add(f, "country", p.country());
                return null;
            }

            @Override
            public Void claim(EssayClaim c) {
                add(f, "code", c.code());
                f.add(new Field("lines", c.essay() + ", " + c.lines()));
                f.add(new Field("verdict", Labels.get(c.verdict().code(), lang)));
                add(f, "records", String.join(", ", c.records()));
                add(f, "note", text(c.note(), lang));
                return null;
            }
        });
        if (r instanceof Sourced s) {
            Provenance p = s.provenance();
            f.add(new Field("verdict", verdict(s, lang)));
            add(f, "essay_claims", String.join(", ", p.essayClaims()));
            add(f, "note", text(p.note(), lang));
            if (!p.claims().isEmpty()) {
                sections.add(new Section("claims", claims(p.claims(), lang, kb)));
            }
        }
        return new Detail(title(r, lang), f, sections, sources(List.of(r), kb));
    }

    private static void add(List<Field> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(key, value));
        }
    }

    /** Membership periods by country, then from the earliest (an unknown start first). */
    private static final Comparator<Membership> BY_COUNTRY_THEN_FROM = new Comparator<>() {
        @Override
        public int compare(Membership a, Membership b) {
            int c = a.country().compareTo(b.country());
            if (c != 0 || a.from() == b.from()) {
                return c;
            }
            return a.from() == null ? -1 : b.from() == null ? 1 : a.from().compareTo(b.from());
        }
    };

    static Grid members(Institution i, Lang lang) {
        List<Membership> members = new ArrayList<>(i.members());
        members.sort(BY_COUNTRY_THEN_FROM);
        List<List<String>> rows = new ArrayList<>();
        for (Membership m : members) {
            rows.add(List.of(Labels.country(m.country(), lang), Labels.get(m.status().code(), lang), m.from() == null ? "?" : m.from().toString(),
                    m.to() != null ? m.to().toString() : i.lastRecorded() != null ? "?" : "", String.join(", ", m.sources()), text(m.note(), lang)));
        }
        return new Grid(List.of("country", "status", "from", "to", "sources", "note"), rows);
    }

    static Grid claims(List<Claim> claims, Lang lang, KnowledgeBase kb) {
        List<List<String>> rows = new ArrayList<>();
        for (Claim c : claims) {
            rows.add(List.of(Labels.field(c.field(), lang), CiteText.claimValue(c, lang, kb), Labels.get(c.status().code(), lang), String.join(", ", c.sources()),
                    text(c.note(), lang)));
        }
        return new Grid(List.of("field", "value", "status", "sources", "note"), rows);
    }

    // ---- shared cells ------------------------------------------------------------------

    /** The title in {@code lang}, marked "[en]" when it had to fall back to English. */
    public static String title(KbRecord r, Lang lang) {
        if (r instanceof TradeFigure t && t.title().isEmpty()) {
            return Catalogue.of(lang).fill("trade.caption", "period", t.period() == null ? "" : DateText.format(t.period(), lang) + " ",
                    "reporter", reporter(t, lang));
        }
        LocalizedText.Resolved t = r.titleIn(lang);
        return t.fallback() ? t.text() + " [" + t.lang().code() + "]" : t.text();
    }

    public static String text(LocalizedText t, Lang lang) {
        if (t == null || t.isEmpty()) {
            return "";
        }
        LocalizedText.Resolved res = t.resolve(lang);
        return res.fallback() ? res.text() + " [" + res.lang().code() + "]" : res.text();
    }

    /** A place's present name (an undated mention, such as a seat). */
    public static String place(String id, KnowledgeBase kb, Lang lang) {
        return place(id, null, kb, lang);
    }

    /**
     * A place as a record of {@code when} names it: the name it bore on that date's first day,
     * with today's beside it where they differ ("Akmola (now Astana)"); today's name alone when
     * {@code when} is null. The one place where a place's historical name is chosen.
     */
    public static String place(String id, DateRange when, KnowledgeBase kb, Lang lang) {
        if (id == null) {
            return "";
        }
        Place p = kb.get(id, Place.class).orElse(null);
        if (p == null) {
            return id;
        }
        String today = text(p.name(), lang).replace(" [en]", "");
        return withLaterName(text(p.nameAt(when), lang).replace(" [en]", ""), today, "now", lang);
    }

    /**
     * A record's title as of {@code when}: a body's earlier title, with its last one beside it
     * ("(now …)", or "(later …)" for a dissolved body); any other record's title as it is.
     */
    public static String title(KbRecord r, DateRange when, Lang lang) {
        if (r instanceof Institution i && !i.names().isEmpty()) {
            return withLaterName(text(i.titleAt(when), lang), title(i, lang), i.dissolved() == null && i.lastRecorded() == null ? "now" : "later", lang);
        }
        return title(r, lang);
    }

    /** "Then (now Today)", or "Today" alone when the name did not change. */
    private static String withLaterName(String then, String today, String key, Lang lang) {
        return then.equals(today) ? today : then + " (" + Labels.get(key, lang) + " " + today + ")";
    }

    /** The day an institution was founded, as a date range; null when unknown. */
    static DateRange founding(Institution i) {
        return i.founded() == null || i.founded().date() == null ? null : DateRange.of(i.founded().date());
    }

    /** Earlier names, oldest first, each with the day it ended: "Akmola (–1998-05-06); …". */
    static String formerNames(List<FormerName> names, Lang lang) {
        List<String> out = new ArrayList<>();
        for (FormerName n : names) {
            out.add(text(n.name(), lang) + " (–" + n.until() + ")");
        }
        return String.join("; ", out);
    }

    static String parties(List<String> codes, Lang lang) {
        List<String> named = new ArrayList<>();
        for (String c : codes) {
            named.add(Labels.country(c, lang));
        }
        return String.join(", ", named);
    }

    /**
     * The grid with the column {@code key}'s country codes ("KZ, UZ") as names ("Қазақстан,
     * Өзбекстан"). Loops, not a lambda: lists run it at start-up.
     */
    static Grid withCountryNames(Grid g, String key, Lang lang) {
        int c = g.header().indexOf(key);
        if (c < 0) {
            return g;
        }
        List<List<String>> rows = new ArrayList<>(g.rows().size());
        for (List<String> r : g.rows()) {
            List<String> row = new ArrayList<>(r);
            List<String> names = new ArrayList<>();
            for (String code : codes(row.get(c))) {
                names.add(Labels.country(code, lang));
            }
            row.set(c, String.join(", ", names));
            rows.add(row);
        }
        return new Grid(g.header(), rows);
    }

    /** "KZ, UZ" as its codes, without a regular expression (start-up). */
    static List<String> codes(String list) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < list.length()) {
            int comma = list.indexOf(',', from);
            int end = comma < 0 ? list.length() : comma;
            String code = list.substring(from, end).strip();
            if (!code.isEmpty()) {
                out.add(code);
            }
            from = end + 1;
        }
        return out;
    }

    static String verdict(Sourced s, Lang lang) {
        Verdict v = s.provenance().verdict();
        return Labels.get(v.code(), lang);
    }

    public static String reporter(TradeFigure t, Lang lang) {
        return TradeText.reporter(t, lang);
    }

    /** Money for people: "$4.5 bn", "4,5 млрд $", approximate figures marked. */
    public static String money(BigDecimal v, TradeFigure t, Lang lang) {
        return TradeText.money(v, t, lang);
    }

    static String sourceIds(KbRecord r, KnowledgeBase kb) {
        return String.join(", ", kb.ranked(r.citedSourceIds()));
    }

    // Loops rather than streams in what every list runs: at start-up each stream and lambda is
    // set up and run interpreted, milliseconds in all.

    /** Every source the records cite, in order of first citation. */
    public static List<Source> sources(Collection<? extends KbRecord> records, KnowledgeBase kb) {
        List<Source> sources = new ArrayList<>();
        for (String id : sourceIds(records, kb)) {
            sources.add(kb.get(id, Source.class).orElseThrow());
        }
        return List.copyOf(sources);
    }

    /** The ids of {@link #sources}, known without making the sources: each record's, {@link #ranked}. */
    public static List<String> sourceIds(Collection<? extends KbRecord> records, KnowledgeBase kb) {
        Set<String> ids = new LinkedHashSet<>();
        for (KbRecord r : records) {
            ids.addAll(kb.ranked(r.citedSourceIds()));
        }
        List<String> known = new ArrayList<>();
        for (String id : ids) {
            if (kb.typeOf(id) == RecordType.SOURCE) {
                known.add(id);
            }
        }
        return known;
    }

    /** The records among these whose sources disagree. */
    public static List<Sourced> conflicts(Collection<? extends KbRecord> records) {
        List<Sourced> conflicts = new ArrayList<>();
        for (KbRecord r : records) {
            if (r instanceof Sourced s && s.provenance().verdict() == Verdict.CONFLICT) {
                conflicts.add(s);
            }
        }
        return List.copyOf(conflicts);
    }
}
