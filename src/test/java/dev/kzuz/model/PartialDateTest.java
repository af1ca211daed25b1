package dev.kzuz.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "1996, YEAR, 1996-01-01, 1996-12-31",
        "1997-01, MONTH, 1997-01-01, 1997-01-31",
        "1996-02, MONTH, 1996-02-01, 1996-02-29",
        "1998-10-31, DAY, 1998-10-31, 1998-10-31"})
    void parsesAtItsPrecision(String text, PartialDate.Precision precision, LocalDate earliest, LocalDate latest) {
        PartialDate d = PartialDate.parse(text);
        assertThat(d.precision()).isEqualTo(precision);
        assertThat(d.earliest()).isEqualTo(earliest);
        assertThat(d.latest()).isEqualTo(latest);
        assertThat(d).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "98", "1998-13", "1998-02-30", "1998/10/31", "10.03.1997", "0000", "1998-1-5"})
    void rejectsWhatIsNotAnIsoDate(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest
    @CsvSource({"1994-01-10/1994-01-12, true", "1998-10-31, false", "2023-01/2023-11, true"})
    void rangesParseSpans(String text, boolean span) {
        DateRange r = DateRange.parse(text);
        assertThat(r.isSpan()).isEqualTo(span);
        assertThat(r).hasToString(text);
    }

    @org.junit.jupiter.api.Test
    void aRangeMayNotEndBeforeItStarts() {
        assertThatThrownBy(() -> DateRange.parse("1995/1994")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends");
    }

    @org.junit.jupiter.api.Test
    void overlapUsesEveryDayTheDateMayMean() {
        DateRange year1997 = DateRange.parse("1997");
        assertThat(year1997.overlaps(LocalDate.of(1997, 6, 1), LocalDate.MAX)).isTrue();
        assertThat(year1997.overlaps(LocalDate.of(1998, 1, 1), LocalDate.MAX)).isFalse();
    }
}
