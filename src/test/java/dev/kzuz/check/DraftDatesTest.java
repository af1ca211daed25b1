package dev.kzuz.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftDatesTest {
    @Test
    void aDayTheMonthDoesNotHaveIsNoDayButTheMonthStillCounts() {
        // LocalDate rejects these with DateTimeException, which is no IllegalArgumentException.
        List<DraftDates.Found> june = DraftDates.find("It was signed on 31 June 1998.");
        assertThat(june).extracting(DraftDates.Found::date).containsExactly(DateRange.of(new PartialDate(1998, 6, 0)));
        assertThat(DraftDates.find("1998 ж. 31 маусымда")).extracting(DraftDates.Found::date)
                .containsExactly(DateRange.of(new PartialDate(1998, 0, 0)));
        assertThat(DraftDates.find("on 45.03.1997")).isEmpty();
    }
}
