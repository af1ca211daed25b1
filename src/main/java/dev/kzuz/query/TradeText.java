package dev.kzuz.query;

import dev.kzuz.model.TradeFigure;
import java.math.BigDecimal;

/**
 * A trade figure's amount and reporter as people read them ("$4.5 bn", "KZ government"): below
 * the renderers, so the checker (which may not use render) writes figures as tables do.
 */
public final class TradeText {
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);

    private TradeText() {
    }

    /** Money for people: "$4.5 bn", "$703 m", "~" for approximate figures; "" for none. */
    public static String money(BigDecimal v, TradeFigure t) {
        return v == null ? "" : money(v, t.currency(), t.approximate());
    }

    /** An amount in a currency ("USD" or none is $): "$4.5 bn", "−$703 m", "~$1.2 bn", "KZT 5". */
    public static String money(BigDecimal amount, String currency, boolean approximate) {
        String sign = "USD".equals(currency) || currency == null ? "$" : currency + " ";
        String approx = approximate ? "~" : "";
        BigDecimal abs = amount.abs();
        String minus = amount.signum() < 0 ? "−" : "";
        if (abs.compareTo(BILLION) >= 0) {
            return minus + approx + sign + abs.divide(BILLION).stripTrailingZeros().toPlainString() + " bn";
        }
        if (abs.compareTo(MILLION) >= 0) {
            return minus + approx + sign + abs.divide(MILLION).stripTrailingZeros().toPlainString() + " m";
        }
        return minus + approx + sign + abs.toPlainString();
    }

    /** Who reported a figure: "KZ government", "media"; "" when nobody is named. */
    public static String reporter(TradeFigure t) {
        if (t.reporter() == null) {
            return "";
        }
        return t.reporter().country() == null ? t.reporter().kind() : t.reporter().country() + " " + t.reporter().kind();
    }
}
