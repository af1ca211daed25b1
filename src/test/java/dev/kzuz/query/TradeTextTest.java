package dev.kzuz.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Provenance;
import dev.kzuz.model.Reporter;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.model.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trade figures as tables, details and the checker write them (one formatter for all three). */
class TradeTextTest {

    @Test
    void amountsOfEveryRangeSignAndCurrency() {
        assertThat(money("0", null, false)).isEqualTo("$0");
        assertThat(money("999999", "USD", false)).isEqualTo("$999999");
        assertThat(money("1000000", "USD", false)).isEqualTo("$1 m");
        assertThat(money("703400000", "USD", true)).isEqualTo("~$703.4 m");
        assertThat(money("-703400000", "KZT", true)).isEqualTo("−~KZT 703.4 m");
        assertThat(money("1950000000", "USD", false)).isEqualTo("$1.95 bn");
        assertThat(money("-2500000000", null, false)).isEqualTo("−$2.5 bn");
        assertThat(money("12345.67", "KZT", false)).isEqualTo("KZT 12345.67");
    }

    @Test
    void aFigureWithoutAValueIsAnEmptyCell() {
        assertThat(TradeText.money(null, figure(new Reporter("KZ", "government")))).isEmpty();
        assertThat(TradeText.money(new BigDecimal("4500000000"), figure(null))).isEqualTo("$4.5 bn");
    }

    @Test
    void theReporterIsItsCountryAndKindOrTheKindAlone() {
        assertThat(TradeText.reporter(figure(new Reporter("KZ", "government")))).isEqualTo("KZ government");
        assertThat(TradeText.reporter(figure(new Reporter(null, "media")))).isEqualTo("media");
        assertThat(TradeText.reporter(figure(null))).isEmpty();
    }

    private static String money(String amount, String currency, boolean approximate) {
        return TradeText.money(new BigDecimal(amount), currency, approximate);
    }

    private static TradeFigure figure(Reporter reporter) {
        return new TradeFigure("t", LocalizedText.empty(), "figure", null, reporter, "USD", null, null, null, null, false, null,
                LocalizedText.empty(), new Provenance(List.of("s"), Verdict.CONFIRMED, List.of(), List.of(), null));
    }
}
