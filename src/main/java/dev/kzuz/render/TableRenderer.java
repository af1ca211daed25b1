package dev.kzuz.render;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.model.Sourced;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Aligned text for a terminal, fitted to its width; long cells end in an ellipsis. */
final class TableRenderer implements Renderer {
    private static final int MIN_COLUMN = 4;
    private final int width;

    TableRenderer(int width) {
        this.width = Math.max(40, width);
    }

    @Override
    public void list(ListView v, PrintWriter out) {
        if (v.records().isEmpty()) {
            out.print(Labels.get("no_records", v.lang()) + "\n");
            return;
        }
        // A terminal row is short: the kind is in the detail view, and an essay claim's
        // text matters more than its id and records (md and json keep them).
        Grid g = Projection.list(v, true, false).without("kind");
        if (v.type() == RecordType.CLAIM) {
            g = g.without("id").without("records");
        }
        grid(g, v.lang(), out);
        List<Sourced> conflicts = Projection.conflicts(v.records());
        if (!conflicts.isEmpty()) {
            out.print("\n! " + Labels.get("conflict", v.lang()) + ": ");
            List<String> ids = new ArrayList<>();
            for (Sourced s : conflicts) {
                ids.add(((KbRecord) s).id());
            }
            out.print(String.join(", ", ids));
            out.print("  (kzuz " + v.type().noun().replace(" figure", "") + " ID)\n");
        }
    }

    @Override
    public void rows(RowsView v, PrintWriter out) {
        if (v.rows().isEmpty()) {
            out.print(Labels.get("no_records", v.lang()) + "\n");
            return;
        }
        grid(v.grid(false), v.lang(), out);
    }

    @Override
    public void detail(DetailView v, PrintWriter out) {
        Projection.Detail d = Projection.detail(v);
        String heading = Text.oneLine(d.heading());
        out.print(heading + "\n" + "=".repeat(Math.min(width, Math.max(3, Text.width(heading)))) + "\n");
        int labelWidth = 0;
        for (Projection.Field f : d.fields()) {
            labelWidth = Math.max(labelWidth, Text.width(Labels.get(f.key(), v.lang())));
        }
        for (Projection.Field f : d.fields()) {
            String label = pad(Labels.get(f.key(), v.lang()), labelWidth);
            List<String> lines = wrap(Text.oneLine(f.value()), width - labelWidth - 2);
            for (int k = 0; k < lines.size(); k++) {
                out.print((k == 0 ? label : " ".repeat(labelWidth)) + "  " + lines.get(k) + "\n");
            }
        }
        for (Projection.Section s : d.sections()) {
            out.print("\n" + Labels.get(s.key(), v.lang()) + "\n");
            grid(s.grid(), v.lang(), out);
        }
        if (!d.sources().isEmpty()) {
            out.print("\n" + Labels.get("sources", v.lang()) + "\n");
            for (Source s : d.sources()) {
                List<String> lines = wrap("[" + s.id() + "] " + References.plain(s, v.lang()), width - 2);
                for (String line : lines) {
                    out.print("  " + line + "\n");
                }
            }
        }
    }

    /** Columns a narrow terminal loses first, so that ids never need cutting. */
    private static final List<String> DROP_ORDER = List.of("place", "seat", "sources", "kind", "score", "matched", "type", "parties");

    private void grid(Grid full, Lang lang, PrintWriter out) {
        Grid g = full;
        for (String key : DROP_ORDER) {
            if (narrowest(g, lang) <= width) {
                break;
            }
            g = g.without(key);
        }
        List<String> header = new ArrayList<>();
        for (String h : g.header()) {
            header.add(Labels.get(h, lang));
        }
        int n = header.size();
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = Text.width(header.get(c));
            for (List<String> row : g.rows()) {
                widths[c] = Math.max(widths[c], Text.width(Text.oneLine(row.get(c))));
            }
        }
        fit(g.header(), widths);
        out.print(line(header, widths) + "\n");
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        out.print(line(rule, widths) + "\n");
        for (List<String> row : g.rows()) {
            List<String> cells = new ArrayList<>();
            for (String c : row) {
                cells.add(Text.oneLine(c));
            }
            out.print(line(cells, widths) + "\n");
        }
    }

    /** The narrowest the grid can be: ids whole, other columns at their least. */
    private static int narrowest(Grid g, Lang lang) {
        int total = 2 * (g.header().size() - 1);
        for (int c = 0; c < g.header().size(); c++) {
            String key = g.header().get(c);
            int w = Text.width(Labels.get(key, lang));
            for (List<String> row : g.rows()) {
                w = Math.max(w, Text.width(Text.oneLine(row.get(c))));
            }
            total += key.equals("id") ? w : Math.min(w, minWidth(key));
        }
        return total;
    }

    /**
     * Narrows columns until the row fits the terminal: the title gives way first, then place and
     * parties; ids keep their width longest, since users copy them into the next command.
     */
    private void fit(List<String> keys, int[] widths) {
        int total = 2 * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        while (total > width) {
            int pick = -1;
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > minWidth(keys.get(c)) && (pick < 0 || priority(keys.get(c)) < priority(keys.get(pick))
                        || priority(keys.get(c)) == priority(keys.get(pick)) && widths[c] > widths[pick])) {
                    pick = c;
                }
            }
            if (pick < 0) {
                return;
            }
            widths[pick]--;
            total--;
        }
    }

    private static int priority(String key) {
        return switch (key) {
            case "title", "claim", "note", "value" -> 0;
            case "place", "seat", "sources" -> 1;
            case "parties", "kind" -> 2;
            case "id" -> 4;
            default -> 3;
        };
    }

    private static int minWidth(String key) {
        return switch (key) {
            // A cut date, verdict or party list would mislead; three parties fit in ten columns.
            case "date", "founded" -> 10;
            case "type", "matched" -> 7;
            case "score" -> 5;
            case "verdict" -> 12; // "подтверждено", "противоречие"
            case "parties" -> 10;
            case "title", "claim", "value" -> 16;
            case "place", "seat" -> 8;
            case "id" -> 12;
            default -> MIN_COLUMN;
        };
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = Text.truncate(cells.get(c), widths[c]);
            b.append(c == cells.size() - 1 ? cell : pad(cell, widths[c]) + "  ");
        }
        return b.toString().stripTrailing();
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - Text.width(s)));
    }

    /** Breaks text at spaces into lines of at most {@code w} characters (a longer word is cut). */
    static List<String> wrap(String text, int w) {
        int max = Math.max(10, w);
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.split(" ")) {
            if (cur.length() > 0 && Text.width(cur.toString()) + 1 + Text.width(word) > max) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(word);
            while (Text.width(cur.toString()) > max) {
                String s = cur.toString();
                int cut = s.offsetByCodePoints(0, max);
                lines.add(s.substring(0, cut));
                cur = new StringBuilder(s.substring(cut));
            }
        }
        if (cur.length() > 0 || lines.isEmpty()) {
            lines.add(cur.toString());
        }
        return lines;
    }
}
