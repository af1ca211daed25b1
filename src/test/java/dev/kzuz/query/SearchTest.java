package dev.kzuz.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every spelling of a name finds the same record first, over the real knowledge base. */
class SearchTest {
    private static KnowledgeBase kb;
    private static Search search;

    @BeforeAll
    static void load() {
        kb = KbLoader.load(List.of(KbSource.bundled())).kb();
        search = new Search(kb, SearchIndex.build(kb, kb.all()));
    }

    static Stream<String[]> queries() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/search-queries.csv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",", 2));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("queries")
    void findsTheRecordFirst(String query, String expected) {
        List<Search.Hit> hits = search.run(query, EnumSet.complementOf(EnumSet.of(RecordType.PLACE)), 5);
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).record().id()).as(query + " -> " + hits.stream().map(h -> h.record().id()).toList()).isEqualTo(expected);
    }

    @Test
    void aTypeFilterKeepsOnlyThatType() {
        List<Search.Hit> hits = search.run("Tashkent", EnumSet.of(RecordType.INSTITUTION), 10);
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.record().type()).isEqualTo(RecordType.INSTITUTION));
    }

    @Test
    void theMatchedFieldIsReported() {
        Search.Hit hit = search.run("Орталық Азия бітімгершілік батальоны", EnumSet.of(RecordType.INSTITUTION), 1).get(0);
        assertThat(hit.record().id()).isEqualTo("centrasbat");
        assertThat(hit.field()).isEqualTo("title.kk");
    }

    @Test
    void nonsenseFindsNothing() {
        assertThat(search.run("xqzv wplk", EnumSet.allOf(RecordType.class), 10)).isEmpty();
    }

    @Test
    void theIndexInTheJarIsTheIndexOfTheBundledRecords() throws IOException {
        SearchIndex bundled = SearchIndex.bundled();
        assertThat(bundled).as("the build writes " + SearchIndex.RESOURCE + "").isNotNull();
        java.io.ByteArrayOutputStream fresh = new java.io.ByteArrayOutputStream();
        SearchIndex.build(kb, kb.all()).write(fresh);
        java.io.ByteArrayOutputStream jar = new java.io.ByteArrayOutputStream();
        bundled.write(jar);
        assertThat(jar.toByteArray()).isEqualTo(fresh.toByteArray());
    }

    @Test
    void aYearIsFourDigitsFrom1900To2099() {
        assertThat(Search.isYear("1998")).isTrue();
        assertThat(Search.isYear("2025")).isTrue();
        assertThat(Search.isYear("1898")).isFalse();
        assertThat(Search.isYear("199")).isFalse();
        assertThat(Search.isYear("19a8")).isFalse();
        assertThat(Search.isYear("20255")).isFalse();
    }

    @Test
    void theFirstNAreTheFirstNOfEveryMatch() {
        // Records below the n-th score are never made; the answer must not change for it.
        java.util.Set<RecordType> all = java.util.EnumSet.complementOf(java.util.EnumSet.of(RecordType.PLACE));
        for (String q : List.of("tashkent", "ташкент", "treaty", "cadb", "bank", "border 2001", "water energy", "kazakhstan uzbekistan", "summit 1998", "eternal friendship")) {
            List<Search.Hit> every = search.run(q, all, 1000);
            for (int n : new int[] {1, 2, 3, 5, 10, 20}) {
                assertThat(search.run(q, all, n)).as(q + ", first " + n).isEqualTo(every.subList(0, Math.min(n, every.size())));
            }
        }
    }
}
