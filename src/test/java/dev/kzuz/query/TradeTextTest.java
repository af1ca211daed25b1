package dev.kzuz.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.Lang;
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
    void kazakhAndRussianWriteTheUnitAfterTheNumberAndADecimalComma() {
        assertThat(TradeText.money(new BigDecimal("4500000000"), "USD", false, Lang.KK)).isEqualTo("4,5 млрд $");
        assertThat(TradeText.money(new BigDecimal("703400000"), "USD", true, Lang.RU)).isEqualTo("≈703,4 млн $");
        assertThat(TradeText.money(new BigDecimal("-2500000000"), "KZT", false, Lang.RU)).isEqualTo("−2,5 млрд KZT");
        assertThat(TradeText.number(new BigDecimal("-46.7"), Lang.KK)).isEqualTo("−46,7");
    }

    @Test
    void aFigureWithoutAValueIsAnEmptyCell() {
        assertThat(TradeText.money(null, figure(new Reporter("KZ", "government")), Lang.EN)).isEmpty();
        assertThat(TradeText.money(new BigDecimal("4500000000"), figure(null), Lang.EN)).isEqualTo("$4.5 bn");
    }

    @Test
    void theReporterIsItsCountryAndKindOrTheKindAlone() {
        assertThat(TradeText.reporter(figure(new Reporter("KZ", "government")), Lang.EN)).isEqualTo("KZ government");
        assertThat(TradeText.reporter(figure(new Reporter(null, "media")), Lang.EN)).isEqualTo("media");
        assertThat(TradeText.reporter(figure(null), Lang.EN)).isEmpty();
        assertThat(TradeText.reporter(figure(new Reporter("KZ", "government")), Lang.RU)).isEqualTo("правительство Казахстана");
        assertThat(TradeText.reporter(figure(new Reporter("UZ", "statistics")), Lang.KK)).isEqualTo("Өзбекстан статистикасы");
        assertThat(TradeText.reporterCode(figure(new Reporter("KZ", "government")))).isEqualTo("KZ government");
    }

    private static String money(String amount, String currency, boolean approximate) {
        return TradeText.money(new BigDecimal(amount), currency, approximate, Lang.EN);
    }

    private static TradeFigure figure(Reporter reporter) {
        return new TradeFigure("t", LocalizedText.empty(), "figure", null, reporter, "USD", null, null, null, null, false, null,
                LocalizedText.empty(), new Provenance(List.of("s"), Verdict.CONFIRMED, List.of(), List.of(), null));
    }
}
