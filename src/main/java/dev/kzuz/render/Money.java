package dev.kzuz.render;

import java.math.BigDecimal;

/**
 * An amount as a cell: people read "$4.5 bn", spreadsheets and programs get the exact number.
 */
public record Money(BigDecimal amount, String currency, boolean approximate) {
    public String display() {
        String sign = "USD".equals(currency) || currency == null ? "$" : currency + " ";
        String approx = approximate ? "~" : "";
        BigDecimal abs = amount.abs();
        String minus = amount.signum() < 0 ? "−" : "";
        BigDecimal bn = BigDecimal.valueOf(1_000_000_000L);
        BigDecimal m = BigDecimal.valueOf(1_000_000L);
        if (abs.compareTo(bn) >= 0) {
            return minus + approx + sign + abs.divide(bn).stripTrailingZeros().toPlainString() + " bn";
        }
        if (abs.compareTo(m) >= 0) {
            return minus + approx + sign + abs.divide(m).stripTrailingZeros().toPlainString() + " m";
        }
        return minus + approx + sign + abs.toPlainString();
    }

    public String exact() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return display();
    }
}
