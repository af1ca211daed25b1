package dev.kzuz.render;

import java.util.List;

/** A header and rows of plain text cells: the shape the table, Markdown and CSV outputs share. */
public record Grid(List<String> header, List<List<String>> rows) {
    public Grid {
        header = List.copyOf(header);
        List<List<String>> copies = new java.util.ArrayList<>(rows.size());
        for (List<String> row : rows) {
            copies.add(List.copyOf(row));
        }
        rows = List.copyOf(copies);
    }

    /** The same grid with the cells of column {@code key} passed through {@code f}. */
    public Grid mapColumn(String key, java.util.function.UnaryOperator<String> f) {
        int c = header.indexOf(key);
        if (c < 0) {
            return this;
        }
        List<List<String>> mapped = new java.util.ArrayList<>(rows.size());
        for (List<String> r : rows) {
            List<String> copy = new java.util.ArrayList<>(r);
            copy.set(c, f.apply(copy.get(c)));
            mapped.add(copy);
        }
        return new Grid(header, mapped);
    }

    /** The same grid with column {@code key} holding {@code cells}, one per row in order. */
    public Grid withColumn(String key, List<String> cells) {
        int c = header.indexOf(key);
        if (c < 0) {
            return this;
        }
        List<List<String>> replaced = new java.util.ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            List<String> copy = new java.util.ArrayList<>(rows.get(k));
            copy.set(c, cells.get(k));
            replaced.add(copy);
        }
        return new Grid(header, replaced);
    }

    /** The same grid without the column {@code key} (unchanged when there is none). */
    public Grid without(String key) {
        int c = header.indexOf(key);
        if (c < 0) {
            return this;
        }
        List<String> h = new java.util.ArrayList<>(header);
        h.remove(c);
        List<List<String>> rest = new java.util.ArrayList<>(rows.size());
        for (List<String> r : rows) {
            List<String> copy = new java.util.ArrayList<>(r);
            copy.remove(c);
            rest.add(copy);
        }
        return new Grid(h, rest);
    }
}
