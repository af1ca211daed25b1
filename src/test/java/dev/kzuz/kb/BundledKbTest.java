package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.ClaimStatus;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.MembershipStatus;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real, bundled knowledge base loads without a single problem and holds what the essay needs. */
class BundledKbTest {
    private static LoadResult result;
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        result = KbLoader.load(List.of(KbSource.bundled()), false);
        kb = result.kb();
    }

    /** A Kazakh, Russian or Uzbek essay shows no treaty, event or institution in English. */
    @Test
    void everyTreatyEventAndInstitutionHasATitleAndASummaryInKazakhRussianAndUzbek() {
        List<String> missing = new java.util.ArrayList<>();
        for (RecordType type : List.of(RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION)) {
            for (dev.kzuz.model.KbRecord r : kb.ofType(type, dev.kzuz.model.KbRecord.class)) {
                dev.kzuz.model.LocalizedText summary = r instanceof DatedRecord d ? d.summary() : ((Institution) r).summary();
                for (Lang lang : List.of(Lang.KK, Lang.RU, Lang.UZ)) {
                    if (!r.titles().asMap().containsKey(lang)) {
                        missing.add(r.id() + ": title." + lang.code());
                    }
                    if (!summary.asMap().containsKey(lang)) {
                        missing.add(r.id() + ": summary." + lang.code());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPlaceHasItsKazakhRussianAndUzbekName() {
        List<String> missing = new java.util.ArrayList<>();
        for (dev.kzuz.model.Place p : kb.ofType(RecordType.PLACE, dev.kzuz.model.Place.class)) {
            for (Lang lang : List.of(Lang.KK, Lang.RU, Lang.UZ)) {
                if (!p.name().asMap().containsKey(lang)) {
                    missing.add(p.id() + ": name." + lang.code());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every official title of the bundled records names where it is published; the essay's wordings are no official titles. */
    @Test
    void everyOfficialTitleInKazakhOrRussianNamesItsSource() {
        List<String> unsourced = new java.util.ArrayList<>();
        for (RecordType type : List.of(RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION)) {
            for (dev.kzuz.model.KbRecord r : kb.ofType(type, dev.kzuz.model.KbRecord.class)) {
                dev.kzuz.model.LocalizedText sources = r instanceof DatedRecord d ? d.titleSources() : ((Institution) r).titleSources();
                for (Lang lang : r.title().asMap().keySet()) {
                    if (!sources.asMap().containsKey(lang)) {
                        unsourced.add(r.id() + ": title." + lang.code());
                    }
                    if (sources.asMap().containsKey(lang) && sources.asMap().get(lang).equals("essay-kk")) {
                        unsourced.add(r.id() + ": title." + lang.code() + " rests on the essay");
                    }
                }
            }
        }
        assertThat(unsourced).isEmpty();
    }

    /**
     * Every source's address is one a browser opens as written: http or https, a host without the
     * trailing dot of a fully qualified name, no space, and no "%25" before two hex digits (an
     * address percent-encoded twice, which the site answers with "not found").
     */
    @Test
    void everySourceUrlIsAWellFormedWebAddress() {
        java.util.regex.Pattern encodedTwice = java.util.regex.Pattern.compile("%25[0-9A-Fa-f]{2}");
        List<String> bad = new java.util.ArrayList<>();
        for (dev.kzuz.model.Source s : kb.ofType(RecordType.SOURCE, dev.kzuz.model.Source.class)) {
            String url = s.url();
            if (url == null) {
                continue;
            }
            try {
                java.net.URI uri = new java.net.URI(url);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    bad.add(s.id() + ": scheme " + uri.getScheme());
                }
                if (uri.getHost() == null || uri.getHost().isEmpty() || uri.getHost().endsWith(".")) {
                    bad.add(s.id() + ": host " + uri.getHost());
                }
            } catch (java.net.URISyntaxException e) {
                bad.add(s.id() + ": " + e.getMessage());
            }
            if (url.contains(" ")) {
                bad.add(s.id() + ": space");
            }
            if (encodedTwice.matcher(url).find()) {
                bad.add(s.id() + ": percent-encoded twice");
            }
        }
        assertThat(kb.ofType(RecordType.SOURCE)).hasSizeGreaterThan(300);
        assertThat(bad).isEmpty();
    }

    @Test
    void isValid() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void holdsEnoughOfEachType() {
        assertThat(kb.ofType(RecordType.TREATY).size() + kb.ofType(RecordType.EVENT).size()).isGreaterThanOrEqualTo(60);
        assertThat(kb.ofType(RecordType.INSTITUTION)).hasSizeGreaterThanOrEqualTo(18);
        assertThat(kb.get("essay-kk")).isPresent();
    }

    @Test
    void theThreeInstitutionsOfTheMissionAreThere() {
        assertThat(kb.get("cadb", Institution.class)).hasValueSatisfying(cadb -> {
            assertThat(cadb.title().asMap()).containsKey(Lang.RU);
            assertThat(cadb.descriptiveTitle().asMap()).containsKeys(Lang.EN, Lang.KK);
            assertThat(cadb.founded().date()).hasToString("1994-07-08");
        });
        assertThat(kb.get("council-of-defence-ministers", Institution.class)).isPresent();
        assertThat(kb.get("centrasbat", Institution.class)).hasValueSatisfying(
                c -> assertThat(c.aliases()).contains("Centrazbat", "Орталыққазбат"));
    }

    @Test
    void theEssaysDateOfTheTrilateralTreatyIsKeptAsARejectedClaim() {
        DatedRecord t = kb.get("trilateral-eternal-friendship-1997", DatedRecord.class).orElseThrow();
        assertThat(t.date()).hasToString("1997-01-10");
        assertThat(t.place()).isEqualTo("bishkek");
        assertThat(t.provenance().verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(t.provenance().claims()).anySatisfy(c -> {
            assertThat(c.plainValue()).isEqualTo("1997-03-10");
            assertThat(c.sources()).containsExactly("essay-kk");
            assertThat(c.status()).isEqualTo(ClaimStatus.REJECTED);
        });
    }

    @Test
    void uzbekistansCstoHistoryShowsItsExitAndReturn() {
        Institution csto = kb.get("csto", Institution.class).orElseThrow();
        assertThat(csto.members()).filteredOn(m -> m.country().equals("UZ"))
                .extracting(m -> m.status())
                .containsSubsequence(MembershipStatus.PARTY, MembershipStatus.WITHDRAWN, MembershipStatus.MEMBER, MembershipStatus.SUSPENDED);
        // Kazakhstan: a party to the 1992 treaty, then a member from the organisation's founding.
        assertThat(csto.members()).filteredOn(m -> m.country().equals("KZ")).extracting(m -> m.status())
                .containsExactly(MembershipStatus.PARTY, MembershipStatus.MEMBER);
        assertThat(csto.founded().date().toString()).isEqualTo("2002-10-07");
        assertThat(csto.founded().treaty()).isEqualTo("collective-security-treaty-1992");
    }
}
