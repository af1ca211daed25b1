package dev.kzuz.render;

import dev.kzuz.model.Lang;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.query.TradeSeries;
import dev.kzuz.query.TradeText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Trade rows as cells: money as {@link Money} (shown "$4.5 bn", exact in JSON and CSV). */
public final class TradeTable {
    private static final List<String> NARROW = List.of("period", "reporter", "turnover", "exports", "imports", "growth",
            "growth_computed", "gap", "verdict");
    private static final List<String> WIDE = List.of("id", "kind", "period", "reporter", "turnover", "exports", "imports",
            "growth", "growth_computed", "gap", "verdict", "sources");

    private TradeTable() {
    }

    /** {@code narrow} for a terminal: no ids or sources, which md, csv and json keep. */
    public static RowsView view(List<TradeSeries.Row> rows, Lang lang, boolean narrow) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TradeSeries.Row r : rows) {
            TradeFigure t = r.figure();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", t.id());
            row.put("kind", new Coded(t.kind(), Labels.kind(t.kind(), lang)));
            row.put("period", t.period() == null ? "" : t.period().toString());
            row.put("reporter", new Coded(TradeText.reporterCode(t), Projection.reporter(t, lang)));
            row.put("turnover", money(t.turnover(), t));
            row.put("exports", money(t.exports(), t));
            row.put("imports", money(t.imports(), t));
            row.put("growth", t.growth());
            row.put("growth_computed", r.computedGrowth());
            row.put("gap", r.gap() == null ? null : new Money(r.gap(), t.currency(), false));
            String verdict = t.provenance().verdict().code();
            row.put("verdict", new Coded(verdict, Labels.get(verdict, lang)));
            row.put("sources", String.join(", ", t.provenance().sources()));
            out.add(row);
        }
        return new RowsView(narrow ? NARROW : WIDE, out, lang);
    }

    private static Money money(BigDecimal v, TradeFigure t) {
        return v == null ? null : new Money(v, t.currency(), t.approximate());
    }
}
