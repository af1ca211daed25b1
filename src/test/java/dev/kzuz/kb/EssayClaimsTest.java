package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Sourced;
import dev.kzuz.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each checklist claim of the essay is in the knowledge base with the verdict its sources support. */
class EssayClaimsTest {
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KbLoader.load(List.of(KbSource.bundled())).kb();
    }

    static Stream<String[]> expected() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/essay-claims-expected.csv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split(",", -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void hasTheExpectedVerdict(String code, String verdict, String parts) {
        List<EssayClaim> claims = kb.ofType(RecordType.CLAIM, EssayClaim.class).stream()
                .filter(c -> code.equals(c.code())).toList();
        String mainId = "essay-" + code.toLowerCase(Locale.ROOT);
        assertThat(claims).extracting(EssayClaim::id).contains(mainId);
        EssayClaim main = claims.stream().filter(c -> c.id().equals(mainId)).findFirst().orElseThrow();
        assertThat(main.verdict().code()).as(mainId).isEqualTo(verdict);
        Set<String> allowed = Stream.concat(Arrays.stream(parts.split(" ")), Stream.of(verdict))
                .filter(s -> !s.isBlank()).collect(Collectors.toSet());
        assertThat(claims).allSatisfy(c -> assertThat(allowed).as(c.id()).contains(c.verdict().code()));
    }

    @Test
    void everyClaimTheEssayMakesIsHeldByARecordOrMarkedUnconfirmed() {
        List<EssayClaim> claims = kb.ofType(RecordType.CLAIM, EssayClaim.class);
        assertThat(claims).hasSizeGreaterThanOrEqualTo(26);
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.essay()).isEqualTo("essay-kk");
            if (c.records().isEmpty()) {
                assertThat(c.verdict()).as(c.id()).isEqualTo(Verdict.UNCONFIRMED);
            }
        });
    }

    @Test
    void aConflictClaimPointsAtARecordThatKeepsTheEssaysValueAsAClaim() {
        kb.ofType(RecordType.CLAIM, EssayClaim.class).stream().filter(c -> c.verdict() == Verdict.CONFLICT).forEach(c ->
                assertThat(c.records()).as(c.id()).anySatisfy(id ->
                        assertThat(kb.get(id).map(r -> r instanceof Sourced s
                                && s.provenance().claims().stream().anyMatch(cl -> cl.sources().contains("essay-kk"))))
                                .contains(true)));
    }
}
