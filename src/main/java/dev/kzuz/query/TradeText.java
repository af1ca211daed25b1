package dev.kzuz.query;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.model.TradeFigure;
import java.math.BigDecimal;
import java.util.List;

/**
 * A trade figure's amount and reporter as people read them in their language ("$4.5 bn",
 * "4,5 млрд $", "KZ government", "правительство Казахстана"): below the renderers, so the
 * checker (which may not use render) writes figures as tables do.
 */
public final class TradeText {
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);

    private TradeText() {
    }

    /** Money for people: "$4.5 bn", "4,5 млрд $", approximate figures marked; "" for none. */
    public static String money(BigDecimal v, TradeFigure t, Lang lang) {
        return v == null ? "" : money(v, t.currency(), t.approximate(), lang);
    }

    /** An amount in a currency (USD or none is $): "$4.5 bn", "−$703 m", "~$1.2 bn", "≈1,2 млрд $", "KZT 5". */
    public static String money(BigDecimal amount, String currency, boolean approximate, Lang lang) {
        Catalogue w = Catalogue.of(lang);
        boolean dollars = "USD".equals(currency) || currency == null;
        String sign = dollars ? w.get("money.usd") : w.fill("money.currency", "code", currency);
        String approx = approximate ? w.get("money.approx") : "";
        BigDecimal abs = amount.abs();
        String minus = amount.signum() < 0 ? "−" : "";
        String key = abs.compareTo(BILLION) >= 0 ? "money.billion" : abs.compareTo(MILLION) >= 0 ? "money.million" : "money.units";
        BigDecimal n = key.equals("money.billion") ? abs.divide(BILLION) : key.equals("money.million") ? abs.divide(MILLION) : abs;
        return w.fill(key, "minus", minus, "approx", approx, "sign", sign, "n", number(n.stripTrailingZeros(), lang));
    }

    /** Dollars inside a sentence, in the case its verb wants: "$4.6 billion", "4,6 млрд долларды", "около 4,6 млрд долларов". */
    public static String moneyInProse(BigDecimal amount, boolean approximate, Lang lang) {
        Catalogue w = Catalogue.of(lang);
        BigDecimal abs = amount.abs();
        String key = abs.compareTo(BILLION) >= 0 ? "money.prose.billion" : abs.compareTo(MILLION) >= 0 ? "money.prose.million" : "money.prose.units";
        BigDecimal n = abs.compareTo(BILLION) >= 0 ? abs.divide(BILLION) : abs.compareTo(MILLION) >= 0 ? abs.divide(MILLION) : abs;
        return w.fill(key, "minus", amount.signum() < 0 ? "−" : "", "approx", approximate ? w.get("money.prose.approx") : "",
                "n", number(n.stripTrailingZeros(), lang));
    }

    /** Years as runs: 2016–2019, 2021. */
    public static String years(List<Integer> years) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < years.size(); k++) {
            int first = years.get(k);
            while (k + 1 < years.size() && years.get(k + 1) == years.get(k) + 1) {
                k++;
            }
            b.append(b.length() == 0 ? "" : ", ").append(first).append(years.get(k) == first ? "" : "–" + years.get(k));
        }
        return b.toString();
    }

    /** A decimal as the language writes it: 15.8, 15,8; a minus sign, not a hyphen. */
    public static String number(BigDecimal v, Lang lang) {
        String plain = v.toPlainString().replace("-", "−");
        return plain.replace(".", Catalogue.of(lang).get("number.decimal"));
    }

    /** Who reported a figure: "KZ government", "Қазақстан үкіметі", "media"; "" when nobody is named. */
    public static String reporter(TradeFigure t, Lang lang) {
        if (t.reporter() == null) {
            return "";
        }
        Catalogue w = Catalogue.of(lang);
        String country = t.reporter().country();
        String key = "reporter." + t.reporter().kind();
        if (country == null) {
            return w.get(key + ".none");
        }
        String name = w.has("country." + country) ? w.get("country." + country) : country;
        String genitive = w.has("country.gen." + country) ? w.get("country.gen." + country) : country;
        return w.fill(key, "code", country, "country", name, "country.gen", genitive);
    }

    /** The reporter as JSON and CSV name it, whatever the language: "KZ government". */
    public static String reporterCode(TradeFigure t) {
        if (t.reporter() == null) {
            return "";
        }
        return t.reporter().country() == null ? t.reporter().kind() : t.reporter().country() + " " + t.reporter().kind();
    }
}
