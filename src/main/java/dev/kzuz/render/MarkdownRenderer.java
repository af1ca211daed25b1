package dev.kzuz.render;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Claim;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Source;
import dev.kzuz.model.Sourced;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Pandoc/GitHub Markdown: pipe tables for lists, a headed section for one record, sources last. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public void list(ListView v, PrintWriter out) {
        if (v.records().isEmpty()) {
            out.print("*" + Labels.get("no_records", v.lang()) + "*\n");
            return;
        }
        // An essay names countries; the codes stay in narrow terminal tables, CSV and JSON.
        Grid g = Projection.withCountryNames(Projection.list(v, false, true), "parties", v.lang());
        if (v.footnotes() != null) {
            // A row cites the sources of the values it shows; a disputed value's sources stand beside it in the conflicts below.
            // Footnote marks are Markdown already; the rest of the cells are escaped as usual.
            List<String> cells = new java.util.ArrayList<>();
            for (KbRecord r : v.records()) {
                cells.add(RAW + marks(String.join(",", v.kb().ranked(r.preferredSourceIds()))));
            }
            g = g.withColumn("sources", cells);
        }
        table(g, v.lang(), out);
        List<Sourced> conflicts = Projection.conflicts(v.records());
        if (!conflicts.isEmpty()) {
            out.print("\n**" + Labels.get("conflicts", v.lang()) + "**\n\n");
            for (Sourced s : conflicts) {
                out.print("- " + cell(Projection.title((KbRecord) s, v.lang())) + ": "
                        + claimsInline(s.provenance().claims(), v.lang(), v.kb(), v.footnotes() != null) + "\n");
            }
        }
        List<String> ids = Projection.sourceIds(v.records(), v.kb());
        if (v.footnotes() != null) {
            // Footnotes for what the table and the conflicts cite, no more (an open claim of a confirmed record is not shown).
            java.util.Set<String> cited = new java.util.HashSet<>();
            for (KbRecord r : v.records()) {
                cited.addAll(r.preferredSourceIds());
            }
            for (Sourced s : conflicts) {
                for (Claim c : s.provenance().claims()) {
                    cited.addAll(c.sources());
                }
            }
            ids = ids.stream().filter(cited::contains).toList();
        }
        sources(ids, v.kb(), v.lang(), v.footnotes(), out);
    }

    @Override
    public void rows(RowsView v, PrintWriter out) {
        if (v.rows().isEmpty()) {
            out.print("*" + Labels.get("no_records", v.lang()) + "*\n");
            return;
        }
        if (v.markdownLine() != null) {
            for (Map<String, Object> row : v.rows()) {
                out.print("- " + cell(String.valueOf(row.get(v.markdownLine())))
                        + (v.footnotes() == null ? "" : marks(String.valueOf(row.getOrDefault("sources", "")))) + "\n");
            }
        } else {
            Grid g = v.grid(false);
            table(v.footnotes() == null ? g : g.mapColumn("sources", ids -> RAW + marks(ids)), v.lang(), out);
        }
        if (v.footnotes() != null) {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            for (Map<String, Object> row : v.rows()) {
                for (String id : String.valueOf(row.getOrDefault("sources", "")).split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
            out.print("\n");
            for (String id : ids) {
                out.print(footnote(id, v.footnotes().getOrDefault(id, id)) + "\n");
            }
        }
    }

    @Override
    public void detail(DetailView v, PrintWriter out) {
        Projection.Detail d = Projection.detail(v);
        out.print("## " + cell(d.heading()) + "\n\n");
        for (Projection.Field f : d.fields()) {
            out.print("- **" + Labels.get(f.key(), v.lang()) + ":** " + cell(f.value()) + "\n");
        }
        for (Projection.Section s : d.sections()) {
            out.print("\n### " + Labels.get(s.key(), v.lang()) + "\n\n");
            table(v.footnotes() == null ? s.grid() : s.grid().mapColumn("sources", ids -> RAW + marks(ids)), v.lang(), out);
        }
        if (v.footnotes() != null && !d.sources().isEmpty()) {
            out.print("\n" + Labels.get("sources", v.lang()) + ": "
                    + marks(String.join(", ", d.sources().stream().map(s -> s.id()).toList())) + "\n");
        }
        List<String> ids = new java.util.ArrayList<>();
        for (Source s : d.sources()) {
            ids.add(s.id());
        }
        sources(ids, v.kb(), v.lang(), v.footnotes(), out);
    }

    /** "a, b" as footnote marks "[^a][^b]". */
    static String marks(String ids) {
        StringBuilder b = new StringBuilder();
        for (String id : ids.split(",")) {
            if (!id.isBlank()) {
                b.append("[^").append(id.strip()).append(']');
            }
        }
        return b.toString();
    }

    /** The claims on one line; {@code cite} names their sources by footnote marks rather than ids. */
    private static String claimsInline(List<Claim> claims, Lang lang, KnowledgeBase kb, boolean cite) {
        StringBuilder b = new StringBuilder();
        for (Claim c : claims) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(Catalogue.of(lang).fill("conflict.claim", "field", cell(CiteText.fieldInText(c.field(), lang)),
                    "value", cell(CiteText.claimValue(c, lang, kb)), "status", Labels.get(c.status().code(), lang),
                    "sources", cite ? marks(String.join(",", c.sources())) : cell(String.join(", ", c.sources()))));
        }
        return b.toString();
    }

    /** Marks a cell that is Markdown already and must not be escaped. */
    private static final String RAW = "\u0000raw:";

    private static void table(Grid g, Lang lang, PrintWriter out) {
        out.print("|");
        for (String h : g.header()) {
            out.print(" " + cell(Labels.get(h, lang)) + " |");
        }
        out.print("\n|");
        for (int k = 0; k < g.header().size(); k++) {
            out.print("---|");
        }
        out.print("\n");
        for (List<String> row : g.rows()) {
            out.print("|");
            for (String c : row) {
                out.print(" " + (c.startsWith(RAW) ? c.substring(RAW.length()) : cell(c)) + " |");
            }
            out.print("\n");
        }
    }

    private static void sources(List<String> ids, KnowledgeBase kb, Lang lang, Map<String, String> footnotes, PrintWriter out) {
        if (ids.isEmpty()) {
            return;
        }
        if (footnotes != null) {
            out.print("\n");
            for (String id : ids) {
                String note = footnotes.get(id);
                out.print(footnote(id, note != null ? note : References.plain(id, kb, lang)) + "\n");
            }
            return;
        }
        out.print("\n**" + Labels.get("sources", lang) + "**\n\n");
        for (String id : ids) {
            out.print("- `" + id + "`: " + cell(References.plain(id, kb, lang)) + "\n");
        }
    }

    /** A Markdown footnote definition, labelled by the source id so appended outputs agree. */
    public static String footnote(String id, String reference) {
        return "[^" + id + "]: " + cell(reference);
    }

    /** Text for a Markdown line: one line, table and markup characters escaped. */
    public static String cellText(String s) {
        return cell(s);
    }

    /** No character that {@link #cell} might escape: most cells, checked in one plain loop. */
    private static boolean plain(String t) {
        for (int i = 0; i < t.length(); i++) {
            switch (t.charAt(i)) {
                case '\\', '`', '*', '<', '>', '|', '&', '_', '[', ']', '~', '!':
                    return false;
                default:
                    break;
            }
        }
        return true;
    }

    /**
     * One line in which nothing a record says can act as Markdown: characters that start markup
     * (emphasis, code, HTML, entities, table pipes) are backslash-escaped, as CommonMark allows
     * for any ASCII punctuation; brackets only where they could make a link or a footnote, and
     * underscores only where they could make emphasis, so ordinary text stays readable.
     */
    static String cell(String s) {
        return linked(Text.oneLine(s));
    }

    /** One line with each web address as an autolink: written as it is (escapes would break it when copied) and a link in Word and HTML. */
    private static String linked(String t) {
        int url = t.indexOf("http");
        if (url >= 0 && (t.startsWith("http://", url) || t.startsWith("https://", url)) && (url == 0 || t.charAt(url - 1) == ' ')) {
            int end = url;
            while (end < t.length() && t.charAt(end) != ' ' && t.charAt(end) != '<' && t.charAt(end) != '>') {
                end++;
            }
            while (end > url && ".,;)".indexOf(t.charAt(end - 1)) >= 0) {
                end--;
            }
            return escaped(t.substring(0, url)) + "<" + t.substring(url, end) + ">" + linked(t.substring(end));
        }
        return url < 0 ? escaped(t) : escaped(t.substring(0, url + 4)) + linked(t.substring(url + 4));
    }

    private static String escaped(String t) {
        if (plain(t)) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char prev = i > 0 ? t.charAt(i - 1) : ' ';
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            boolean escape = switch (c) {
                case '\\', '`', '*', '<', '>', '|', '&' -> true;
                // Only an underscore after a non-alphanumeric can open emphasis; with every opener
                // escaped, the rest (as in URLs like .../P990000287_/compare) can stay as written.
                case '_' -> !Character.isLetterOrDigit(prev);
                case '[' -> next == '^';
                // Every line kzuz writes starts with its own marker, so ']:' never begins a definition.
                case ']' -> next == '(' || next == '[';
                case '~' -> next == '~';
                case '!' -> next == '[';
                default -> false;
            };
            if (escape) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
