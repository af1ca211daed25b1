package dev.kzuz.cite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.Person;
import dev.kzuz.model.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * The bibliography as data for other tools: CSL-JSON and CSL-YAML for pandoc's
 * --bibliography, BibTeX for LaTeX, RIS for Zotero and reference managers. Keys are the
 * source ids, the same labels the footnotes and pandoc citations use.
 */
public final class Exports {
    private Exports() {
    }

    /** CSL-JSON, as citeproc itself serialises the items it renders from. */
    public static String cslJson(List<Source> sources, Lang lang) {
        try {
            ObjectMapper json = new ObjectMapper();
            var array = json.createArrayNode();
            for (Source s : sources) {
                CSLItemData item = CslItems.item(s, lang);
                Object text = item.toJson(new StringJsonBuilderFactory().createJsonBuilder());
                array.add(json.readTree(text.toString()));
            }
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSL-YAML: the same items under {@code references:}, as pandoc reads a YAML bibliography. */
    public static String cslYaml(List<Source> sources, Lang lang) {
        try {
            JsonNode items = new ObjectMapper().readTree(cslJson(sources, lang));
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.set("references", items);
            YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .build());
            return yaml.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * BibTeX, every value as LaTeX (its special characters escaped), the URL as it is. A title is
     * braced whole: it is given as published, and neither a BibTeX style nor pandoc's reader may
     * re-case it ("Kazakhstan, uzbekistan sign…"). A legal text is {@code @legislation}, which
     * pandoc reads back as CSL legislation, with its number, date and enacting body.
     */
    public static String bibtex(List<Source> sources, Lang lang) {
        BibTeXDatabase db = new BibTeXDatabase();
        for (Source s : sources) {
            BibTeXEntry e = new BibTeXEntry(new Key(switch (s.kind()) {
                case "book" -> "book";
                case "article" -> "article";
                case "report" -> "techreport";
                case "essay" -> "unpublished";
                case "legal" -> "legislation";
                case "web" -> "misc";
                default -> throw new IllegalArgumentException("not a kind of source: " + s.kind());
            }), new Key(s.id()));
            put(e, "author", latex(s.authors().stream().map(Person::toString).collect(Collectors.joining(" and "))));
            put(e, "title", protectedCase(latex(s.shownTitle(lang))));
            put(e, s.kind().equals("article") ? "journal" : "howpublished", latex(s.site() != null ? s.site() : s.database()));
            put(e, "publisher", latex(s.publisher()));
            put(e, "organization", latex(s.issuedBy()));
            put(e, "address", latex(s.place()));
            Integer year = s.date() != null ? Integer.valueOf(s.date().year()) : s.year();
            put(e, "year", year == null ? null : year.toString());
            if (s.date() != null && s.date().month() != 0) {
                put(e, "month", String.valueOf(s.date().month()));
            }
            if (s.date() != null && s.date().precision() == PartialDate.Precision.DAY) {
                // The day has no field of its own in BibTeX; biblatex and pandoc read the whole date.
                put(e, "date", s.date().toString());
            }
            put(e, "pagetotal", s.pages() == null ? null : s.pages().toString());
            put(e, "number", latex(s.number()));
            // A URL is not LaTeX: BibTeX, biblatex and pandoc take the field as written.
            put(e, "url", s.url());
            put(e, "urldate", s.accessed() == null ? null : s.accessed().toString());
            put(e, "language", s.language());
            db.addObject(e);
        }
        StringWriter w = new StringWriter();
        try {
            new BibTeXFormatter().format(db, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void put(BibTeXEntry e, String field, String value) {
        if (value != null && !value.isBlank()) {
            e.addField(new Key(field), new StringValue(value, StringValue.Style.BRACED));
        }
    }

    /**
     * Text as LaTeX: $ % & # _ { } ~ ^ \ escaped, "--" kept from becoming a dash, "…" as \ldots.
     * A brace without its pair is spelt out, as BibTeX counts every brace, escaped or not. Other
     * characters stay as they are (UTF-8).
     */
    static String latex(String text) {
        if (text == null) {
            return null;
        }
        Set<Integer> paired = pairedBraces(text);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '$', '%', '&', '#', '_' -> b.append('\\').append(c);
                case '{' -> b.append(paired.contains(i) ? "\\{" : "\\textbraceleft{}");
                case '}' -> b.append(paired.contains(i) ? "\\}" : "\\textbraceright{}");
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                case '\\' -> b.append("\\textbackslash{}");
                case '-' -> b.append(i + 1 < text.length() && text.charAt(i + 1) == '-' ? "-{}" : "-");
                // LaTeX's own name for it, which every reader knows (jbibtex's reads no "…").
                case '…' -> b.append("\\ldots{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static Set<Integer> pairedBraces(String text) {
        Set<Integer> paired = new HashSet<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                open.push(i);
            } else if (text.charAt(i) == '}' && !open.isEmpty()) {
                paired.add(open.pop());
                paired.add(i);
            }
        }
        return paired;
    }

    /**
     * LaTeX whose case no style may change: in braces. A group that opens with a backslash is a
     * single "special character" to BibTeX, whose letters a style still re-cases; {} comes first.
     */
    static String protectedCase(String latex) {
        if (latex == null) {
            return null;
        }
        return "{" + (latex.startsWith("\\") ? "{}" : "") + latex + "}";
    }

    /**
     * RIS, one record per source, tags in the usual order, each record closed by ER; a legal text
     * is a statute (STAT).
     */
    public static String ris(List<Source> sources, Lang lang) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        for (Source src : sources) {
            tag(w, "TY", switch (src.kind()) {
                case "book" -> "BOOK";
                case "article" -> "MGZN";
                case "report" -> "RPRT";
                case "essay" -> "UNPB";
                case "legal" -> "STAT";
                case "web" -> "ELEC";
                default -> throw new IllegalArgumentException("not a kind of source: " + src.kind());
            });
            tag(w, "ID", src.id());
            for (Person p : src.authors()) {
                tag(w, "AU", p.toString());
            }
            // A statute's record has no tag for the body that enacted it; as its author, reference
            // managers (Zotero) keep it. Its number is the "public law number" (M1), its date the
            // date enacted (DA).
            tag(w, "AU", src.issuedBy());
            tag(w, "TI", src.shownTitle(lang));
            tag(w, "T2", src.site() != null ? src.site() : src.database());
            tag(w, "PB", src.publisher());
            tag(w, "CY", src.place());
            Integer year = src.date() != null ? Integer.valueOf(src.date().year()) : src.year();
            tag(w, "PY", year == null ? null : year.toString());
            tag(w, "DA", src.date() == null ? null : risDate(src.date()));
            tag(w, "SP", src.pages() == null ? null : src.pages().toString());
            tag(w, "M1", src.number());
            tag(w, "UR", src.url());
            tag(w, "Y2", src.accessed() == null ? null : risDate(src.accessed()));
            tag(w, "LA", src.language());
            w.print("ER  - \n\n");
        }
        w.flush();
        return s.toString();
    }

    private static void tag(PrintWriter w, String tag, String value) {
        if (value != null && !value.isBlank()) {
            w.print(tag + "  - " + value.replace('\n', ' ').strip() + "\n");
        }
    }

    private static String risDate(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> String.format(Locale.ROOT, "%04d///", d.year());
            case MONTH -> String.format(Locale.ROOT, "%04d/%02d//", d.year(), d.month());
            case DAY -> String.format(Locale.ROOT, "%04d/%02d/%02d/", d.year(), d.month(), d.day());
        };
    }
}
