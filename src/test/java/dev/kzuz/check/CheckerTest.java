package dev.kzuz.check;

import dev.kzuz.model.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.check.Checker.Finding;
import dev.kzuz.check.Checker.Kind;
import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which record a sentence is compared with, and what comes of it, on the bundled knowledge
 * base: names in any of the three languages and their inflected forms, namesakes told apart by
 * the date, a founding, a day and a place, trade figures and the essay's claims.
 */
class CheckerTest {
    private static final Checker CHECKER = new Checker(KbLoader.load(List.of(KbSource.bundled())).kb(), Lang.EN);

    private static List<Finding> check(String text) {
        return CHECKER.check(new Draft(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Two treaties share the name; the date tells which is meant, in any language.
        "The Treaty of Eternal Friendship was signed on 31 October 1998.               | eternal-friendship-1998",
        "The Treaty of Eternal Friendship was signed on 10 January 1997.               | trilateral-eternal-friendship-1997",
        "1998 жылғы 31 қазанда Мәңгілік достық туралы шартқа қол қойылды.              | eternal-friendship-1998",
        "Договор о вечной дружбе между Казахстаном и Узбекистаном подписан 31 октября 1998 г. | eternal-friendship-1998",
        // An institution's founding date, when the sentence speaks of a founding.
        "The Central Asian Bank for Cooperation and Development was established on 8 July 1994. | cadb",
        "Орталық Азиялық ынтымақтастық және даму банкі 1994 жылғы 8 шілдеде құрылды.  | cadb",
        "Центральноазиатский банк сотрудничества и развития учреждён 8 июля 1994 г.    | cadb",
        // The bank's Kazakh title holds the Asian Development Bank's ("Азия даму банкі"): the longer name wins.
        "Орталық Азия ынтымақтастық және даму банкі 1994 жылғы 8 шілдеде құрылды.     | cadb",
        // A day and a place a record has: the sentence is about it, whatever else it names.
        "The Interstate Council met on 15 December 1995 in Zhambyl.                    | zhambyl-interstate-council-1995",
        "Межгосударственный совет собрался 15 декабря 1995 г. в Жамбыле.               | zhambyl-interstate-council-1995",
    })
    void aDateThatAgreesIsConfirmedForTheRecordItAgreesWith(String sentence, String record) {
        // Only the date's finding: a sentence that also names the parties has theirs too.
        assertThat(check(sentence).stream().filter(f -> f.claim() != Checker.ClaimKind.PARTIES).toList()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CONFIRMED);
            assertThat(f.record()).isEqualTo(record);
        });
    }

    @Test
    void aWrongDateContradictsTheRecordNamedAtTheLineOfItsWrongPart() {
        List<Finding> year = check("The Treaty on Strategic Partnership was signed on 14 June\n2012.");
        assertThat(year).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CONTRADICTION);
            assertThat(f.record()).isEqualTo("strategic-partnership-2013");
            assertThat(f.held()).isEqualTo("14 June 2013");
            assertThat(f.found() + " (" + f.title()).startsWith("14 June 2012 (Treaty on Strategic Partnership");
            assertThat(f.line()).as("the year's line").isEqualTo(2);
        });
        List<Finding> month = check("The Treaty on Strategic Partnership was signed on 14\nMay 2013.");
        assertThat(month).singleElement().satisfies(f -> assertThat(f.line()).as("the month's line").isEqualTo(2));
        List<Finding> day = check("The Treaty on Strategic Partnership was signed on 15\nJune 2013.");
        assertThat(day).singleElement().satisfies(f -> assertThat(f.line()).as("the day's line").isEqualTo(1));
    }

    @Test
    void theEssaysKnownErrorIsNamedAsSuchWithTheBetterSourcedDateAndItsSources() {
        assertThat(check("Договор о вечной дружбе подписан 10 марта 1997 г.")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.KNOWN_ERROR);
            assertThat(f.record()).isEqualTo("trilateral-eternal-friendship-1997");
            assertThat(f.held()).isEqualTo("10 January 1997; the draft repeats a known error of the essay");
            // The preferred sources: not the essay, whose date was rejected.
            assertThat(f.sources()).containsExactly("rferl-1997-01-10", "jamestown-1997-01-new-stage");
        });
    }

    @Test
    void withoutAFoundingWordAnInstitutionHasNoDateToCompare() {
        assertThat(check("The Central Asian Bank for Cooperation and Development held its first meeting on 8 July 1994.")).isEmpty();
        assertThat(check("The Central Asian Bank for Cooperation and Development was established on 8 July 1994.")).singleElement()
                .satisfies(f -> assertThat(f.record()).isEqualTo("cadb"));
    }

    @Test
    void aDateAboutSomethingElseIsNotComparedWithARecordAnotherDateSettles() {
        // 2018 is when the 1998 treaty was recalled; the trilateral 1997 namesake is not meant either.
        assertThat(check("The Treaty of Eternal Friendship of 1998 was recalled by both presidents in 2018.")).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.CONFIRMED);
                    assertThat(f.record()).isEqualTo("eternal-friendship-1998");
                    assertThat(f.found()).startsWith("1998");
                });
    }

    @Test
    void aYearThatIsPartOfTheNameIsNoDate() {
        assertThat(check("The Kazakhstan 2030 address was delivered in 1998.")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CONTRADICTION);
            assertThat(f.record()).isEqualTo("kazakhstan-2030-address-central-asian-union");
            assertThat(f.found()).startsWith("1998");
        });
    }

    @Test
    void aRecordOnlyTheEssayAttestsIsUnconfirmedEvenWhereTheDateAgrees() {
        assertThat(check("The Kazakhstan-2030 address was delivered in 1997.")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.UNCONFIRMED);
            assertThat(f.held()).isEqualTo("10 October 1997; no public source confirms it");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In 2011 trade between Kazakhstan and Uzbekistan was $3.5 billion.    | CONTRADICTION | $3.5 billion (2011)",
        "In 2011 trade between Kazakhstan and Uzbekistan was $1.95 billion.   | CONFIRMED     | $1.95 billion (2011)",
        "В 2011 году товарооборот составил 1,95 млрд долларов.                | CONFIRMED     | 1,95 млрд (2011)",
        "2011 жылы тауар айналымы 1,95 миллиард АҚШ долларын құрады.          | CONFIRMED     | 1,95 миллиард (2011)",
        // Within 5% of the figure agrees: $2 bn is $1.95 bn rounded; $2.1 bn is not.
        "In 2011 trade reached $2 bn.                                         | CONFIRMED     | $2 bn (2011)",
        "In 2011 trade reached $2.1 bn.                                       | CONTRADICTION | $2.1 bn (2011)",
    })
    void aTurnoverIsComparedWithTheFiguresOfItsYear(String sentence, Kind kind, String claim) {
        assertThat(check(sentence)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.found()).isEqualTo(claim);
            assertThat(f.record()).isEqualTo("trade-2011-kz-mfa");
            assertThat(f.held()).isEqualTo("$1.95 bn (KZ government)");
            assertThat(f.sources()).containsExactly("kazinform-2012-11-20");
        });
    }

    @Test
    void aTurnoverOfAYearWithoutFiguresIsUnconfirmedAndAnAmountWithoutTradeIsNone() {
        assertThat(check("In 1990 trade was $2 bn.")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.UNCONFIRMED);
            assertThat(f.held()).isEqualTo("no turnover figure for 1990");
        });
        assertThat(check("In 2011 the budget was $3.5 billion.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Бірыңғай экономикалық кеңістік туралы шартқа 30 сәуірде қол қойылды, Қырғызстан кейіннен қосылды. | essay-e5  | KNOWN_ERROR",
        "Договор о едином экономическом пространстве подписан 30 апреля, Кыргызстан присоединился позже.    | essay-e5  | KNOWN_ERROR",
        "The Kazakhstan 2030 address named integration the best means.                                      | essay-e25 | UNCONFIRMED",
    })
    void aSentenceRepeatingAnEssayClaimGetsTheClaimsVerdict(String sentence, String claim, Kind kind) {
        assertThat(check(sentence)).singleElement().satisfies(f -> {
            assertThat(f.record()).isEqualTo(claim);
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.found()).isEqualTo(sentence);
        });
    }

    @Test
    void contradictionsComeFirstThenUnconfirmedThenConfirmedEachInTheDraftsOrder() {
        List<Finding> f = check("In 2011 trade reached $2 bn.\n\nIn 1990 trade was $2 bn.\n\nIn 2011 trade reached $2.1 bn.\n\n"
                + "The Treaty of Eternal Friendship was signed on 31 October 1997.\n");
        // 31 October 1997 is the day of neither Treaty of Eternal Friendship: both are named (ambiguous).
        assertThat(f).extracting(Finding::kind).containsExactly(Kind.CONTRADICTION, Kind.AMBIGUOUS, Kind.UNCONFIRMED, Kind.CONFIRMED);
        assertThat(f).extracting(Finding::line).containsExactly(5, 7, 3, 1);
    }
}
