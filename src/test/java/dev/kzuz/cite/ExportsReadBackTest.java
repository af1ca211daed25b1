package dev.kzuz.cite;

import dev.kzuz.support.Pandoc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.model.Standing;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled source exported and read back by the tools that read the files (jbibtex,
 * pandoc): the same entries, each title as the source gives it, each URL as written, a legal
 * text as legislation with its number, date and enacting body.
 */
class ExportsReadBackTest {
    private static List<Source> sources;

    @BeforeAll
    static void load() {
        KnowledgeBase kb = KbLoader.load(List.of(KbSource.bundled()), false).kb();
        sources = kb.ofType(RecordType.SOURCE, Source.class);
    }

    static Stream<Lang> languages() {
        return Catalogue.LANGUAGES.stream();
    }

    /**
     * The title as a LaTeX reader gives it back: LaTeX's apostrophe is the typographic one, and
     * there is no other that pandoc 2.17 reads (it drops \textquotesingle).
     */
    private static String readBack(String title) {
        return title.replace('\'', '’');
    }

    @ParameterizedTest
    @MethodSource("languages")
    void bibtexReadsBackWithJbibtexTitleForTitle(Lang lang) throws Exception {
        Map<String, Map<String, String>> entries = jbibtex(Exports.bibtex(sources, lang));
        assertThat(entries).hasSameSizeAs(sources);
        List<String> wrong = new ArrayList<>();
        for (Source s : sources) {
            Map<String, String> e = entries.get(s.id());
            check(wrong, s, "title", readBack(s.shownTitle(lang)), e.get("title"));
            check(wrong, s, "url", s.url(), e.get("url"));
            check(wrong, s, "number", s.number(), e.get("number"));
            check(wrong, s, "organization", s.issuedBy(), e.get("organization"));
            check(wrong, s, "type", s.kind().equals("legal") ? "legislation" : e.get("type"), e.get("type"));
            check(wrong, s, "date", s.date() != null && s.date().precision() == PartialDate.Precision.DAY ? s.date().toString() : null, e.get("date"));
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void bibtexReadsBackWithPandocTitleForTitle(Lang lang, @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Pandoc.run(dir, "--version").exit() == 0, "pandoc is not installed");
        Path bib = Files.writeString(dir.resolve("refs.bib"), Exports.bibtex(sources, lang));
        Pandoc.Run run = Pandoc.run(dir, "-f", "bibtex", "-t", "csljson", bib.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).as("pandoc's warnings").isEmpty();
        Map<String, JsonNode> items = byId(new ObjectMapper().readTree(run.out()));
        assertThat(items).hasSameSizeAs(sources);
        List<String> wrong = new ArrayList<>();
        for (Source s : sources) {
            JsonNode item = items.get(s.id());
            check(wrong, s, "title", readBack(s.shownTitle(lang)), text(item, "title"));
            check(wrong, s, "URL", s.url(), text(item, "URL"));
            check(wrong, s, "number", s.number(), text(item, "number"));
            check(wrong, s, "issued", issued(s), date(item.get("issued")));
            if (s.kind().equals("legal")) {
                check(wrong, s, "type", "legislation", text(item, "type"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyLatexSpecialCharacterReadsBack(@TempDir Path dir) throws Exception {
        String title = "$5 & 100% of #1_a {b} ~c^ \\d -- e";
        String lone = "a { b";
        List<Source> two = List.of(source("specials", title), source("lone-brace", lone));
        String bibtex = Exports.bibtex(two, Lang.EN);
        assertThat(bibtex).contains("\\$5 \\& 100\\% of \\#1\\_a \\{b\\} \\textasciitilde{}c\\textasciicircum{} \\textbackslash{}d -{}- e",
                "a \\textbraceleft{} b");
        Map<String, Map<String, String>> entries = jbibtex(bibtex);
        assertThat(entries.get("specials").get("title")).isEqualTo(title);
        assertThat(entries.get("lone-brace").get("title")).isEqualTo(lone);
        Assumptions.assumeTrue(Pandoc.run(dir, "--version").exit() == 0, "pandoc is not installed");
        Path bib = Files.writeString(dir.resolve("refs.bib"), Exports.bibtex(two.subList(0, 1), Lang.EN));
        Pandoc.Run run = Pandoc.run(dir, "-f", "bibtex", "-t", "csljson", bib.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(text(new ObjectMapper().readTree(run.out()).get(0), "title")).isEqualTo(title);
    }

    @Test
    void aTitleOpeningWithAnEscapeStaysOutOfBibtexsReach() {
        assertThat(Exports.protectedCase(Exports.latex("& Co"))).isEqualTo("{{}\\& Co}");
        assertThat(Exports.protectedCase(Exports.latex("RFE/RL: Central Asia"))).isEqualTo("{RFE/RL: Central Asia}");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void cslJsonAndYamlGiveLegalTextsAsLegislation(Lang lang) throws Exception {
        JsonNode json = new ObjectMapper().readTree(Exports.cslJson(sources, lang));
        JsonNode yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(Exports.cslYaml(sources, lang)).get("references");
        assertThat(yaml).isEqualTo(json);
        Map<String, JsonNode> items = byId(json);
        assertThat(items).hasSameSizeAs(sources);
        List<String> wrong = new ArrayList<>();
        for (Source s : sources) {
            JsonNode item = items.get(s.id());
            check(wrong, s, "type", s.kind().equals("legal") ? "legislation" : text(item, "type"), text(item, "type"));
            check(wrong, s, "title", s.shownTitle(lang), text(item, "title"));
            check(wrong, s, "URL", s.url(), text(item, "URL"));
            check(wrong, s, "number", s.number(), text(item, "number"));
            check(wrong, s, "authority", s.issuedBy(), text(item, "authority"));
            check(wrong, s, "issued", issued(s), date(item.get("issued")));
        }
        assertThat(wrong).isEmpty();
        assertThat(sources.stream().filter(s -> s.kind().equals("legal"))).hasSizeGreaterThanOrEqualTo(49);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void risGivesLegalTextsAsStatutes(Lang lang) {
        Map<String, Map<String, List<String>>> records = ris(Exports.ris(sources, lang));
        assertThat(records).hasSameSizeAs(sources);
        List<String> wrong = new ArrayList<>();
        for (Source s : sources) {
            Map<String, List<String>> r = records.get(s.id());
            if (s.kind().equals("legal")) {
                check(wrong, s, "TY", "STAT", first(r, "TY"));
                check(wrong, s, "M1", s.number(), first(r, "M1"));
                check(wrong, s, "AU", s.issuedBy(), first(r, "AU"));
            }
            check(wrong, s, "TI", s.shownTitle(lang).replace('\n', ' ').strip(), first(r, "TI"));
            check(wrong, s, "UR", s.url(), first(r, "UR"));
            check(wrong, s, "DA", s.date() == null ? null : risDate(s.date()), first(r, "DA"));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anEnactingBodyIsExportedWhereEachFormatKeepsIt() throws Exception {
        Source law = new Source("law", "legal", null, "On Ratification", null, null, "en", List.of(), null, null, null, null, null,
                PartialDate.parse("1997-07-16"), "https://adilet.zan.kz/rus/docs/Z970000164_/compare", null, "164-I",
                "Parliament of the Republic of Kazakhstan", "Adilet", null, List.of(), null);
        JsonNode item = new ObjectMapper().readTree(Exports.cslJson(List.of(law), Lang.EN)).get(0);
        assertThat(text(item, "type")).isEqualTo("legislation");
        assertThat(text(item, "authority")).isEqualTo("Parliament of the Republic of Kazakhstan");
        assertThat(text(item, "number")).isEqualTo("164-I");
        assertThat(date(item.get("issued"))).isEqualTo("1997-07-16");
        assertThat(Exports.ris(List.of(law), Lang.EN)).isEqualTo("""
                TY  - STAT
                ID  - law
                AU  - Parliament of the Republic of Kazakhstan
                TI  - On Ratification
                T2  - Adilet
                PY  - 1997
                DA  - 1997/07/16/
                M1  - 164-I
                UR  - https://adilet.zan.kz/rus/docs/Z970000164_/compare
                LA  - en
                ER  - \n
                """);
        Map<String, String> entry = jbibtex(Exports.bibtex(List.of(law), Lang.EN)).get("law");
        assertThat(entry).containsEntry("type", "legislation").containsEntry("number", "164-I").containsEntry("date", "1997-07-16")
                .containsEntry("organization", "Parliament of the Republic of Kazakhstan").containsEntry("howpublished", "Adilet");
    }

    private static String issued(Source s) {
        return s.date() != null ? s.date().toString() : s.year() != null ? s.year().toString() : null;
    }

    private static Source source(String id, String title) {
        return new Source(id, "web", Standing.PRESS, title, null, null, "en", List.of(), "Site", null, null, null, null,
                null, "https://example.org/a_b%20c#d&e~f", null, null, null, null, null, List.of(), null);
    }

    private static void check(List<String> wrong, Source s, String field, String expected, String actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            wrong.add(s.id() + " " + field + ": expected " + expected + "\n    but read " + actual);
        }
    }

    /** Each entry's fields, read by jbibtex and LaTeX-decoded (but the URL, which is no LaTeX), with its type. */
    private static Map<String, Map<String, String>> jbibtex(String bibtex) throws Exception {
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bibtex));
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (BibTeXEntry e : db.getEntries().values()) {
            Map<String, String> fields = new HashMap<>();
            fields.put("type", e.getType().getValue());
            for (Map.Entry<Key, Value> f : e.getFields().entrySet()) {
                String raw = f.getValue().toUserString();
                String name = f.getKey().getValue();
                fields.put(name, name.equals("url") ? raw : decode(raw));
            }
            out.put(e.getKey().getValue(), fields);
        }
        return out;
    }

    /**
     * LaTeX decoded by jbibtex. Its lexer stops at "№", which stays as it is in the file (LaTeX's
     * \textnumero neither jbibtex nor pandoc 2.17 reads): the sign is passed around it as "¤".
     */
    private static String decode(String latex) throws Exception {
        assertThat(latex).doesNotContain("¤");
        return new LaTeXPrinter().print(new LaTeXParser().parse(latex.replace('№', '¤'))).replace('¤', '№');
    }

    private static Map<String, Map<String, List<String>>> ris(String text) {
        Map<String, Map<String, List<String>>> records = new LinkedHashMap<>();
        Map<String, List<String>> current = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            if (line.startsWith("ER")) {
                records.put(first(current, "ID"), current);
                current = new HashMap<>();
            } else {
                current.computeIfAbsent(line.substring(0, 2), k -> new ArrayList<>()).add(line.substring(6));
            }
        }
        return records;
    }

    private static String first(Map<String, List<String>> record, String tag) {
        List<String> values = record.get(tag);
        return values == null ? null : values.get(0);
    }

    private static String risDate(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> String.format(Locale.ROOT, "%04d///", d.year());
            case MONTH -> String.format(Locale.ROOT, "%04d/%02d//", d.year(), d.month());
            case DAY -> String.format(Locale.ROOT, "%04d/%02d/%02d/", d.year(), d.month(), d.day());
        };
    }

    private static Map<String, JsonNode> byId(JsonNode items) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(i.get("id").asText(), i));
        return out;
    }

    private static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null ? null : v.asText();
    }

    /** A CSL date as a source writes it: 1997, 1997-07 or 1997-07-16. */
    private static String date(JsonNode csl) {
        if (csl == null) {
            return null;
        }
        JsonNode parts = csl.get("date-parts").get(0);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%04d", parts.get(0).asInt()));
        for (int i = 1; i < parts.size(); i++) {
            b.append(String.format(Locale.ROOT, "-%02d", parts.get(i).asInt()));
        }
        return b.toString();
    }
}
