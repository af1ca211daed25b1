package dev.kzuz.render;

import dev.kzuz.model.Lang;
import dev.kzuz.query.TradeText;
import java.math.BigDecimal;

/**
 * An amount as a cell: people read "$4.5 bn" or "4,5 млрд $", spreadsheets and programs get the
 * exact number.
 */
public record Money(BigDecimal amount, String currency, boolean approximate) {
    public String display(Lang lang) {
        return TradeText.money(amount, currency, approximate, lang);
    }

    public String exact() {
        return amount.toPlainString();
    }
}
