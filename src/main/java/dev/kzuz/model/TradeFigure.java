package dev.kzuz.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A reported Kazakhstan–Uzbekistan trade figure, or a target. Exports and imports are always
 * Kazakhstan's (its exports to Uzbekistan, its imports from it), whoever reported them.
 * Money is exact ({@link BigDecimal}); absent values are null.
 */
public record TradeFigure(
        String id,
        LocalizedText title,
        String kind,
        DateRange period,
        Reporter reporter,
        String currency,
        BigDecimal turnover,
        BigDecimal exports,
        BigDecimal imports,
        BigDecimal growth,
        boolean approximate,
        PartialDate set,
        LocalizedText summary,
        Provenance provenance) implements Sourced {

    public TradeFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        title = title == null ? LocalizedText.empty() : title;
        summary = summary == null ? LocalizedText.empty() : summary;
    }

    @Override
    public RecordType type() {
        return RecordType.TRADE;
    }

    @Override
    public List<String> aliases() {
        return List.of();
    }

    /** A period other than one whole calendar year. */
    public boolean partial() {
        return period != null && (period.isSpan() || period.start().precision() != PartialDate.Precision.YEAR);
    }

    @Override
    public DateRange when() {
        return period;
    }

    /** None named: the figures are always Kazakhstan's trade with Uzbekistan, whoever reported them. */
    @Override
    public List<String> parties() {
        return List.of();
    }

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.trade(this);
    }
}
