package dev.kzuz.render;

import dev.kzuz.query.TradeText;
import java.math.BigDecimal;

/**
 * An amount as a cell: people read "$4.5 bn", spreadsheets and programs get the exact number.
 */
public record Money(BigDecimal amount, String currency, boolean approximate) {
    public String display() {
        return TradeText.money(amount, currency, approximate);
    }

    public String exact() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return display();
    }
}
