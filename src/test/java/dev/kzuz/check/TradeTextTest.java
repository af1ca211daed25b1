package dev.kzuz.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.query.TradeText;
import dev.kzuz.render.Money;
import dev.kzuz.render.Projection;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker writes trade figures with query.TradeText (check may not use render); until the
 * renderers call it too, it must write every figure as they do.
 */
class TradeTextTest {

    @Test
    void everyBundledFigureIsWrittenAsTheRenderersWriteIt() {
        List<TradeFigure> figures = KbLoader.load(List.of(KbSource.bundled())).kb().ofType(RecordType.TRADE, TradeFigure.class);
        assertThat(figures).isNotEmpty();
        for (TradeFigure t : figures) {
            for (BigDecimal v : new BigDecimal[] {t.turnover(), t.exports(), t.imports()}) {
                assertThat(TradeText.money(v, t)).as(t.id()).isEqualTo(Projection.money(v, t));
            }
            assertThat(TradeText.reporter(t)).as(t.id()).isEqualTo(Projection.reporter(t));
        }
    }

    @Test
    void amountsOfEveryRangeSignAndCurrency() {
        String[] amounts = {"0", "999999", "1000000", "703400000", "-703400000", "1950000000", "-2500000000", "12345.67"};
        for (String a : amounts) {
            for (String currency : new String[] {null, "USD", "KZT"}) {
                for (boolean approximate : new boolean[] {false, true}) {
                    BigDecimal v = new BigDecimal(a);
                    assertThat(TradeText.money(v, currency, approximate)).as(a + " " + currency + " " + approximate)
                            .isEqualTo(new Money(v, currency, approximate).display());
                }
            }
        }
        assertThat(TradeText.money(new BigDecimal("1950000000"), "USD", false)).isEqualTo("$1.95 bn");
        assertThat(TradeText.money(new BigDecimal("-703400000"), "KZT", true)).isEqualTo("−~KZT 703.4 m");
    }
}
