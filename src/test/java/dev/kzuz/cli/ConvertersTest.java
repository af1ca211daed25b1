package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConvertersTest {
    @Test
    void aDateShapeIsFourDigitsThenOneOrTwoForMonthAndDay() {
        assertThat(Converters.dateShaped("1998")).isTrue();
        assertThat(Converters.dateShaped("1998-2")).isTrue();
        assertThat(Converters.dateShaped("1998-02-30")).isTrue();
        assertThat(Converters.dateShaped("abc")).isFalse();
        assertThat(Converters.dateShaped("98")).isFalse();
        assertThat(Converters.dateShaped("1998-")).isFalse();
        assertThat(Converters.dateShaped("1998-123")).isFalse();
        assertThat(Converters.dateShaped("1998-1-2-3")).isFalse();
        assertThat(Converters.dateShaped("１９９８")).as("full-width digits").isFalse();
    }
}
