package dev.kzuz.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A record's sources, stated once in the model: those it cites, those behind what it shows, those clear of known errors. */
class SourcesOfARecordTest {
    private static Claim claim(String value, ClaimStatus status, String... sources) {
        return new Claim("date", LocalizedText.en(value), List.of(sources), status, null);
    }

    private static Provenance provenance(List<String> sources, Claim... claims) {
        return new Provenance(sources, Verdict.CONFLICT, List.of(claims), List.of(), null);
    }

    @Test
    void preferredSourcesDropThoseBehindOnlyAValueTheRecordDoesNotShow() {
        Provenance p = provenance(List.of("a", "essay", "b", "c"),
                claim("1997-01-10", ClaimStatus.PREFERRED, "a", "b"),
                claim("1997-03-10", ClaimStatus.REJECTED, "essay"),
                claim("1997-02", ClaimStatus.OPEN, "c"));
        assertThat(p.preferredSources()).containsExactly("a", "b");
    }

    @Test
    void aSourceBehindAPreferredValueTooStaysPreferredButNotClearOfTheError() {
        Provenance p = provenance(List.of("a", "essay"),
                claim("1997-01-10", ClaimStatus.PREFERRED, "a", "essay"),
                claim("1997-03-10", ClaimStatus.REJECTED, "essay"));
        assertThat(p.preferredSources()).containsExactly("a", "essay");
        assertThat(p.sourcesExceptRejected()).containsExactly("a");
    }

    @Test
    void preferredSourcesKeepOneSourceButSourcesExceptRejectedMayBeNone() {
        Provenance p = provenance(List.of("essay"), claim("1997-03-10", ClaimStatus.REJECTED, "essay"));
        assertThat(p.preferredSources()).containsExactly("essay");
        assertThat(p.sourcesExceptRejected()).isEmpty();
    }

    @Test
    void openClaimsLeaveSourcesExceptRejectedAlone() {
        Provenance p = provenance(List.of("a", "c"), claim("106 km", ClaimStatus.OPEN, "a"), claim("152 km", ClaimStatus.OPEN, "c"));
        assertThat(p.sourcesExceptRejected()).containsExactly("a", "c");
    }

    @Test
    void anInstitutionCitesItsSourcesItsClaimsAndItsMembersSourcesOnceEach() {
        Provenance p = new Provenance(List.of("s1", "s2"), Verdict.CONFIRMED,
                List.of(claim("x", ClaimStatus.PREFERRED, "s2", "s3")), List.of(), null);
        Institution i = new Institution("csto", LocalizedText.en("CSTO"), null, null, List.of(), List.of(), "organisation", null, null, null, null, null,
                List.of(), null, List.of(new Membership("UZ", MembershipStatus.MEMBER, null, null, List.of("s4", "s1"), null),
                        new Membership("UZ", MembershipStatus.WITHDRAWN, null, null, List.of(), null),
                        new Membership("KZ", MembershipStatus.MEMBER, null, null, List.of("s5"), null)),
                List.of(), null, p);
        assertThat(i.citedSourceIds()).containsExactly("s1", "s2", "s3", "s4", "s5");
        assertThat(i.parties()).containsExactly("UZ", "KZ");
        assertThat(i.when()).isNull();
    }

    @Test
    void anEssayClaimRestsOnItsEssay() {
        EssayClaim c = new EssayClaim("essay-e11", "essay-kk", "E11", "38-39", LocalizedText.en("The essay's date."),
                Verdict.CONFLICT, List.of("treaty-a"), List.of(), null);
        assertThat(c.citedSourceIds()).containsExactly("essay-kk");
        assertThat(c.preferredSourceIds()).containsExactly("essay-kk");
        assertThat(c.parties()).isEmpty();
    }
}
