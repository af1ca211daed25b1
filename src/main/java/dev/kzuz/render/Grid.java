package dev.kzuz.render;

import java.util.List;

/** A header and rows of plain text cells: the shape the table, Markdown and CSV outputs share. */
public record Grid(List<String> header, List<List<String>> rows) {
    public Grid {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
