package dev.kzuz.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.support.Golden;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** References rendered by the CSL processor, per style and language, and every export read back. */
class CitationTest {
    private static KnowledgeBase kb;
    private static List<Source> sources;

    @BeforeAll
    static void load() {
        LoadResult r = KbLoader.load(List.of(KbSource.directory(Path.of("src/test/resources/cite-kb"))));
        assertThat(r.problems()).isEmpty();
        kb = r.kb();
        sources = Stream.of("tokayev-2000", "rferl-1997-01-10", "adilet-z970000164")
                .map(id -> kb.get(id, Source.class).orElseThrow()).toList();
    }

    static Stream<Arguments> stylesAndLanguages() {
        return Stream.of(Style.values()).flatMap(s -> Stream.of(Lang.EN, Lang.RU, Lang.KK, Lang.UZ).map(l -> Arguments.of(s, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stylesAndLanguages")
    void aBookAWebPageAndALegalTextRenderAsTheGoldenFileSays(Style style, Lang lang) {
        Map<String, String> refs = StyledReferences.render(sources, style, lang, "text");
        String text = refs.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + "\n").collect(Collectors.joining());
        Golden.assertMatches(Path.of("src/test/resources/golden/cite/" + style + "." + lang.code() + ".txt"), text);
    }

    @Test
    void tokayevInGostWithRussianLocaleUsesRussianTerms() {
        // The essay's wording of the title is kept (the grammatical "Казахстана" is an inference, not a source).
        assertThat(StyledReferences.render(sources.subList(0, 1), Style.GOST, Lang.RU, "text").get("tokayev-2000"))
                .isEqualTo("Токаев К.К. Внешняя политика Казахстан в условиях глобализации. Алматы, 2000. 584 с.");
    }

    @Test
    void kazakhBibliographyUsesTheBundledKazakhLocale() {
        assertThat(StyledReferences.render(sources.subList(0, 1), Style.GOST, Lang.KK, "text").get("tokayev-2000")).endsWith("584 б.");
        assertThat(StyledReferences.render(sources.subList(1, 2), Style.GOST, Lang.KK, "text").get("rferl-1997-01-10"))
                .contains("[Электрондық ресурс]", "қаралған күні: 25.11.2026");
    }

    @Test
    void uzbekBibliographyUsesTheBundledUzbekLocale() {
        assertThat(StyledReferences.render(sources.subList(0, 1), Style.GOST, Lang.UZ, "text").get("tokayev-2000")).endsWith("584 b.");
        assertThat(StyledReferences.render(sources.subList(1, 2), Style.GOST, Lang.UZ, "text").get("rferl-1997-01-10"))
                .contains("[Elektron resurs]", "murojaat sanasi: 25.11.2026");
        assertThat(StyledReferences.render(sources.subList(1, 2), Style.APA, Lang.UZ, "text").get("rferl-1997-01-10"))
                .doesNotContain("Retrieved", "from", "n.d.");
    }

    @Test
    void siteNamesKeepTheirCaseButUrlsAreUntouched() {
        String apa = StyledReferences.render(sources.subList(1, 3), Style.APA, Lang.EN, "text").values().stream().collect(Collectors.joining("\n"));
        assertThat(apa).contains(" RFE/RL. ", "https://rferl.org/", "https://adilet.zan.kz/").doesNotContain("Rfe/Rl");
    }

    @Test
    void cslJsonReadsBackFieldByField() throws Exception {
        JsonNode items = new ObjectMapper().readTree(Exports.cslJson(sources, Lang.EN));
        assertThat(items.size()).isEqualTo(3);
        JsonNode book = items.get(0);
        assertThat(book.get("id").asText()).isEqualTo("tokayev-2000");
        assertThat(book.get("type").asText()).isEqualTo("book");
        assertThat(book.get("title").asText()).isEqualTo("Внешняя политика Казахстан в условиях глобализации");
        assertThat(book.get("author").get(0).get("family").asText()).isEqualTo("Токаев");
        assertThat(book.get("publisher-place").asText()).isEqualTo("Алматы");
        assertThat(book.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2000);
        assertThat(book.get("number-of-pages").asText()).isEqualTo("584");
        JsonNode web = items.get(1);
        assertThat(web.get("URL").asText()).isEqualTo("https://rferl.org/amp/1083236.html");
        assertThat(web.get("container-title").asText()).isEqualTo("RFE/RL");
        assertThat(web.get("issued").get("date-parts").get(0).toString()).isEqualTo("[1997,1,10]");
        assertThat(web.get("accessed").get("date-parts").get(0).toString()).isEqualTo("[2026,11,25]");
    }

    @Test
    void cslYamlHoldsTheSameItemsAsCslJson() throws Exception {
        JsonNode yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(Exports.cslYaml(sources, Lang.EN));
        assertThat(yaml.get("references")).isEqualTo(new ObjectMapper().readTree(Exports.cslJson(sources, Lang.EN)));
    }

    @Test
    void bibtexReadsBackWithJbibtex() throws Exception {
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(Exports.bibtex(sources, Lang.EN)));
        BibTeXEntry book = db.resolveEntry(new Key("tokayev-2000"));
        assertThat(book.getType()).isEqualTo(new Key("book"));
        // Braced whole, so that no style re-cases it; LaTeX-decoded, the title as published.
        String title = book.getField(new Key("title")).toUserString();
        assertThat(title).isEqualTo("{Внешняя политика Казахстан в условиях глобализации}");
        assertThat(new LaTeXPrinter().print(new LaTeXParser().parse(title))).isEqualTo("Внешняя политика Казахстан в условиях глобализации");
        assertThat(book.getField(new Key("author")).toUserString()).isEqualTo("Токаев, К. К.");
        assertThat(book.getField(new Key("address")).toUserString()).isEqualTo("Алматы");
        assertThat(book.getField(new Key("year")).toUserString()).isEqualTo("2000");
        assertThat(book.getField(new Key("pagetotal")).toUserString()).isEqualTo("584");
        BibTeXEntry web = db.resolveEntry(new Key("rferl-1997-01-10"));
        assertThat(web.getField(new Key("url")).toUserString()).isEqualTo("https://rferl.org/amp/1083236.html");
        assertThat(web.getField(new Key("urldate")).toUserString()).isEqualTo("2026-11-25");
        BibTeXEntry law = db.resolveEntry(new Key("adilet-z970000164"));
        assertThat(law.getType()).isEqualTo(new Key("legislation"));
        assertThat(law.getField(new Key("number")).toUserString()).isEqualTo("164-I");
        assertThat(law.getField(new Key("date")).toUserString()).isEqualTo("1997-07-16");
    }

    @Test
    void risReadsBackByTags() {
        Map<String, Map<String, List<String>>> records = new HashMap<>();
        Map<String, List<String>> current = new HashMap<>();
        for (String line : Exports.ris(sources, Lang.EN).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            String tag = line.substring(0, 2);
            String value = line.substring(6);
            if (tag.equals("ER")) {
                records.put(current.get("ID").get(0), current);
                current = new HashMap<>();
            } else {
                current.computeIfAbsent(tag, k -> new java.util.ArrayList<>()).add(value);
            }
        }
        assertThat(records).containsOnlyKeys("tokayev-2000", "rferl-1997-01-10", "adilet-z970000164");
        Map<String, List<String>> book = records.get("tokayev-2000");
        assertThat(book.get("TY")).containsExactly("BOOK");
        assertThat(book.get("AU")).containsExactly("Токаев, К. К.");
        assertThat(book.get("TI")).containsExactly("Внешняя политика Казахстан в условиях глобализации");
        assertThat(book.get("CY")).containsExactly("Алматы");
        assertThat(book.get("PY")).containsExactly("2000");
        assertThat(book.get("SP")).containsExactly("584");
        Map<String, List<String>> web = records.get("rferl-1997-01-10");
        assertThat(web.get("DA")).containsExactly("1997/01/10/");
        assertThat(web.get("Y2")).containsExactly("2026/11/25/");
        assertThat(web.get("UR")).containsExactly("https://rferl.org/amp/1083236.html");
    }

    @Test
    void everySourceOfTheFixtureRendersInEveryStyle() {
        List<Source> all = kb.ofType(RecordType.SOURCE, Source.class);
        for (Style s : Style.values()) {
            assertThat(StyledReferences.render(all, s, Lang.EN, "text").values()).as(s.toString().toLowerCase(Locale.ROOT))
                    .allSatisfy(ref -> assertThat(ref).isNotBlank());
        }
    }
}
