package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * search through the real command line with inflected words, in Russian, Kazakh and Uzbek
 * (names included), with words that ask about membership changes, and with every institution's
 * abbreviations. Wordings the bundled records do not have yet come from an overlay.
 */
class SearchInflectionCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Kazakh titles (our own wording) and abbreviations the bundled records lack. */
    private static final String INSTITUTIONS = """
            - id: csto
              title: {en: Collective Security Treaty Organization, ru: Организация Договора о коллективной безопасности}
              descriptive_title: {kk: Ұжымдық қауіпсіздік туралы шарт ұйымы}
              aliases: [CSTO, ОДКБ, ҰҚШҰ, KXShT, КХШТ]
              kind: organisation
              members:
              - {country: UZ, status: member, from: '1992-05-15', to: '1999', sources: [tass-2012-06-28]}
              - {country: UZ, status: withdrawn, from: '1999', to: '2006-08-16', sources: [tass-2012-06-28]}
              verdict: confirmed
              sources: SOURCES(csto)
            - id: sco
              title: {en: Shanghai Cooperation Organisation, ru: Шанхайская организация сотрудничества}
              descriptive_title: {kk: Шанхай ынтымақтастық ұйымы}
              aliases: [SCO, ШОС, ШЫҰ, ShHT, ШҲТ]
              kind: organisation
              members:
              - {country: UZ, status: member, from: '2001-06-15', sources: [china-org-cn-sco-establishment]}
              verdict: confirmed
              sources: SOURCES(sco)
            - id: cadb
              title: {en: Central Asian Bank for Cooperation and Development}
              aliases: [CADB, ОАЫДБ, ЦАБСР]
              kind: bank
              verdict: confirmed
              sources: SOURCES(cadb)
            """;

    private static final String TREATIES = """
            - id: strategic-partnership-2013
              title: {en: Treaty on Strategic Partnership between the Republic of Kazakhstan and the Republic of Uzbekistan}
              descriptive_title: {kk: Қазақстан Республикасы мен Өзбекстан Республикасы арасындағы стратегиялық әріптестік туралы шарт}
              kind: treaty
              date: '2013-06-14'
              place: tashkent
              parties: [KZ, UZ]
              verdict: confirmed
              sources: SOURCES(strategic-partnership-2013)
            - id: joint-declaration-2017
              title: {en: Joint Declaration on further deepening of strategic partnership and strengthening good-neighbourliness}
              descriptive_title: {kk: Стратегиялық әріптестікті одан әрі тереңдету және тату көршілікті нығайту туралы бірлескен декларация}
              kind: declaration
              date: '2017-03-23'
              place: astana
              parties: [KZ, UZ]
              verdict: confirmed
              sources: SOURCES(joint-declaration-2017)
            - id: alliance-programme-2024
              title: {en: Strategic Partnership and Alliance Programme 2024–2034}
              descriptive_title: {kk: Стратегиялық әріптестігі мен одақтастығының 2024–2034 жылдарға арналған бағдарламасы}
              kind: programme
              date: '2024-08-08'
              parties: [KZ, UZ]
              verdict: confirmed
              sources: SOURCES(alliance-programme-2024)
            """;

    @Test
    void aRussianLocativeFindsTheRecordsOfThePlaceNotOnlySources() throws Exception {
        List<JsonNode> hits = search("Ташкенте");
        assertThat(ids(hits)).contains("tashkent-1998-other-agreements", "nazarbayev-visit-1998", "eternal-friendship-1998");
        assertThat(hits.get(0).get("type").asText()).isNotEqualTo("source");
        assertThat(ids(search("Ташкенте", "--type", "source"))).contains("baq-ru-2025-11-tokayev-tashkent", "khovar-2019-11-13");
    }

    @Test
    void samarkandInAnyLanguageAndCase() throws Exception {
        // The records made in Samarkand (its place field), before the sources that name it.
        for (String query : List.of("в Самарканде", "Самарқандта", "Samarqandda", "Самарқандқа", "Samarkand")) {
            List<String> ids = ids(search(query));
            assertThat(ids.subList(0, 2)).as(query + " -> " + ids).containsExactlyInAnyOrder("nazarbayev-samarkand-2016", "junction-point-2017");
        }
    }

    @Test
    void aGenitiveFindsTheBody() throws Exception {
        assertThat(ids(search("Евразийского экономического сообщества")).get(0)).isEqualTo("eurasec");
        assertThat(ids(search("Шанхайской организации сотрудничества")).get(0)).isEqualTo("sco");
        assertThat(ids(search("Организацию Договора о коллективной безопасности")).get(0)).isEqualTo("csto");
    }

    /** Uzbek as typed: with its case endings, its oʻ in any form, in Latin or Cyrillic. */
    @Test
    void uzbekWordFormsAndApostrophesFindTheirRecords() throws Exception {
        String allied = "Qozog‘iston Respublikasi va O‘zbekiston Respublikasi o‘rtasida ittifoqchilik munosabatlari to‘g‘risida shartnoma";
        assertThat(ids(search(allied)).get(0)).isEqualTo("allied-treaty-2022");
        assertThat(ids(search(allied.replace('‘', '\''))).get(0)).isEqualTo("allied-treaty-2022");
        assertThat(ids(search(allied.replace('‘', 'ʻ'))).get(0)).isEqualTo("allied-treaty-2022");
        assertThat(ids(search("Qozog'istonning O‘zbekiston bilan chegarasi"))).contains("border-fence-2006");
        assertThat(ids(search("Samarqandda"))).contains("nazarbayev-samarkand-2016", "junction-point-2017");
        assertThat(ids(search("Shanxay hamkorlik tashkilotiga")).get(0)).isEqualTo("sco");
        assertThat(ids(search("Шанхай ҳамкорлик ташкилоти")).get(0)).isEqualTo("sco");
        assertThat(ids(search("KXShTdan")).get(0)).isEqualTo("csto");
    }

    @Test
    void kazakhWordFormsMeetTheStoredOnes(@TempDir Path dir) throws Exception {
        String kb = overlay(dir).toString();
        List<String> ids = ids(search("стратегиялық әріптестік", "--kb", kb));
        assertThat(ids).contains("strategic-partnership-2013", "joint-declaration-2017", "alliance-programme-2024");
        // The form as stored comes first, the other forms right after it.
        assertThat(ids(search("стратегиялық әріптестігі", "--kb", kb)).subList(0, 3))
                .containsExactly("alliance-programme-2024", "strategic-partnership-2013", "joint-declaration-2017");
    }

    @Test
    void aMembershipWordPutsTheInstitutionACountryLeftFirst(@TempDir Path dir) throws Exception {
        assertThat(ids(search("Узбекистан вышел из ОДКБ")).get(0)).isEqualTo("csto");
        assertThat(ids(search("Uzbekistan left the CSTO")).get(0)).isEqualTo("csto");
        assertThat(ids(search("выход Узбекистана из ОДКБ")).get(0)).isEqualTo("csto");
        assertThat(ids(search("Узбекистан приостановил членство в ЕврАзЭС")).get(0)).isEqualTo("eurasec");
        assertThat(ids(search("Uzbekistan withdrew from GUUAM")).get(0)).isEqualTo("guuam");
        String kb = overlay(dir).toString();
        assertThat(ids(search("Өзбекстан ҰҚШҰ-дан шықты", "--kb", kb)).get(0)).isEqualTo("csto");
        assertThat(ids(search("O'zbekiston KXShTdan chiqdi", "--kb", kb)).get(0)).isEqualTo("csto");
    }

    @Test
    void theMembershipBoostGoesOnlyToAnInstitutionWithAWithdrawnOrSuspendedPeriod() throws Exception {
        // The CSTO (Uzbekistan withdrew, then suspended) gains; the SCO (no such period) does not.
        assertThat(score(search("вышел из ОДКБ"), "csto") - score(search("ОДКБ"), "csto")).isCloseTo(1.0, within(0.001));
        assertThat(score(search("вышел из ШОС"), "sco")).isEqualTo(score(search("ШОС"), "sco"));
    }

    @Test
    void abbreviationsInEveryLanguageFindTheirInstitutionFirstInAnyCase(@TempDir Path dir) throws Exception {
        String kb = overlay(dir).toString();
        for (String[] q : new String[][] {{"ҰҚШҰ", "csto"}, {"KXShT", "csto"}, {"кхшт", "csto"}, {"ШЫҰ", "sco"}, {"shht", "sco"},
                {"ЦАБСР", "cadb"}, {"цабср", "cadb"}, {"ЕврАзЭС", "eurasec"}, {"евразэс", "eurasec"}, {"ЕурАзЭҚ", "eurasec"}, {"ОДКБ", "csto"}}) {
            assertThat(ids(search(q[0], "--kb", kb)).get(0)).as(q[0]).isEqualTo(q[1]);
        }
    }

    /** The overlay: its records replace the bundled ones of their ids, citing the same sources (so none is left uncited). */
    private static Path overlay(Path dir) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("institutions")).resolve("abbreviations.yaml"), withSources(INSTITUTIONS));
        Files.writeString(Files.createDirectories(dir.resolve("treaties")).resolve("kk-titles.yaml"), withSources(TREATIES));
        return dir;
    }

    private static String withSources(String yaml) {
        String out = yaml;
        for (KbRecord r : bundled().all()) {
            out = out.replace("SOURCES(" + r.id() + ")", r.citedSourceIds().toString());
        }
        assertThat(out).as("every record the overlay replaces is bundled").doesNotContain("SOURCES(");
        return out;
    }

    private static KnowledgeBase bundled;

    private static synchronized KnowledgeBase bundled() {
        if (bundled == null) {
            bundled = KbLoader.load(List.of(KbSource.bundled())).kb();
        }
        return bundled;
    }

    private static List<JsonNode> search(String query, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", query, "--format", "json"));
        args.addAll(List.of(more));
        CliResult r = CliResult.run(args.toArray(String[]::new));
        assertThat(r).exitCode(0);
        List<JsonNode> hits = new ArrayList<>();
        JSON.readTree(r.out()).forEach(hits::add);
        assertThat(hits).as(query).isNotEmpty();
        return hits;
    }

    private static List<String> ids(List<JsonNode> hits) {
        List<String> out = new ArrayList<>();
        for (JsonNode h : hits) {
            out.add(h.get("id").asText());
        }
        return out;
    }

    private static double score(List<JsonNode> hits, String id) {
        for (JsonNode h : hits) {
            if (h.get("id").asText().equals(id)) {
                return h.get("score").asDouble();
            }
        }
        throw new AssertionError(id + " not found in " + ids(hits));
    }
}
