package dev.kzuz.render;

import dev.kzuz.model.Lang;
import dev.kzuz.query.TradeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of named values that are not records themselves (search hits, timeline items): keys are
 * {@link Labels} keys for headers and JSON field names; values are texts or numbers. When
 * {@code markdownLine} names a value, Markdown shows the rows as a list of those lines (a
 * chronology reads better as a list than as a table). {@code footnotes} (source id to styled
 * reference) makes Markdown cite each row's "sources" by footnotes, or is null.
 */
public record RowsView(List<String> keys, List<Map<String, Object>> rows, Lang lang, String markdownLine, Map<String, String> footnotes) {
    public RowsView(List<String> keys, List<Map<String, Object>> rows, Lang lang) {
        this(keys, rows, lang, null, null);
    }

    public RowsView(List<String> keys, List<Map<String, Object>> rows, Lang lang, String markdownLine) {
        this(keys, rows, lang, markdownLine, null);
    }

    /** The same rows, citing by footnotes. */
    public RowsView citing(Map<String, String> references) {
        return new RowsView(keys, rows, lang, markdownLine, references);
    }

    public RowsView {
        keys = List.copyOf(keys);
        List<Map<String, Object>> copies = new java.util.ArrayList<>(rows.size());
        for (Map<String, Object> r : rows) {
            copies.add(new LinkedHashMap<>(r));
        }
        rows = List.copyOf(copies);
    }

    /** The rows as text cells; {@code exact} writes money as exact numbers (CSV) instead of "$4.5 bn". */
    Grid grid(boolean exact) {
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (String k : keys) {
                Object v = row.get(k);
                line.add(cell(v, exact));
            }
            cells.add(line);
        }
        return new Grid(keys, cells);
    }

    private String cell(Object v, boolean exact) {
        if (v instanceof Money m) {
            return exact ? m.exact() : m.display(lang);
        }
        if (v instanceof Coded c) {
            return exact ? c.code() : c.label();
        }
        if (v instanceof java.math.BigDecimal d && !exact) {
            return TradeText.number(d, lang);
        }
        return v == null ? "" : v.toString();
    }
}
