package dev.kzuz.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which name a place bore on a date: the first earlier name whose end lies after the date's first day, else today's. */
class FormerNameTest {
    private static final LocalizedText AKMOLA = LocalizedText.en("Akmola");
    private static final LocalizedText ASTANA = LocalizedText.en("Astana");
    private static final LocalizedText NUR_SULTAN = LocalizedText.en("Nur-Sultan");
    private static final Place CAPITAL = new Place("astana", ASTANA, List.of(
            new FormerName(AKMOLA, PartialDate.parse("1998-05-06"), List.of("s1")),
            new FormerName(ASTANA, PartialDate.parse("2019-03-23"), List.of("s2")),
            new FormerName(NUR_SULTAN, PartialDate.parse("2022-09-19"), List.of("s2", "s3"))), List.of("Tselinograd"), "KZ");

    private static LocalizedText on(String date) {
        return CAPITAL.nameAt(DateRange.parse(date));
    }

    @Test
    void eachNameHoldsUntilTheDayTheNextBegan() {
        assertThat(on("1997-12")).isEqualTo(AKMOLA);
        assertThat(on("1998-05-05")).isEqualTo(AKMOLA);
        assertThat(on("1998-05-06")).isEqualTo(ASTANA);
        assertThat(on("2019-03-23")).isEqualTo(NUR_SULTAN);
        assertThat(on("2021-12-05/2021-12-06")).isEqualTo(NUR_SULTAN);
        assertThat(on("2022-09-19")).isEqualTo(ASTANA);
        assertThat(on("1960")).as("the first earlier name stands for every earlier date").isEqualTo(AKMOLA);
        assertThat(CAPITAL.nameAt(null)).as("an undated mention").isEqualTo(ASTANA);
    }

    @Test
    void aSpanIsNamedByItsFirstDayAndAChangeKnownToTheYearCountsFromItsFirstDay() {
        assertThat(on("2019-03-22/2019-03-24")).isEqualTo(ASTANA);
        LocalizedText almaAta = LocalizedText.en("Alma-Ata");
        List<FormerName> almaty = List.of(new FormerName(almaAta, PartialDate.parse("1993"), List.of("s")));
        assertThat(FormerName.inUse(almaty, LocalizedText.en("Almaty"), DateRange.parse("1992-12-31"))).isEqualTo(almaAta);
        assertThat(FormerName.inUse(almaty, LocalizedText.en("Almaty"), DateRange.parse("1993-03"))).isEqualTo(LocalizedText.en("Almaty"));
    }

    @Test
    void aPlaceIsSpelledByEveryNameItBoreAndCitesTheSourcesOfItsRenamings() {
        assertThat(CAPITAL.spellings()).containsExactly("Astana", "Akmola", "Nur-Sultan", "Tselinograd");
        assertThat(CAPITAL.citedSourceIds()).containsExactly("s1", "s2", "s3");
    }
}
