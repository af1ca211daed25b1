package dev.kzuz.render.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** A picture's key: a sample of each mark and its words, in rows as wide as the picture allows. */
final class Legend {
    /** Draws a sample of a mark in the box (x, y, 16 × 10). */
    interface Sample {
        void draw(Graphics2D g, double x, double y);
    }

    record Entry(Sample sample, String label) {
    }

    private static final int SAMPLE = 16;
    private static final int GAP = 14;
    private final List<Entry> entries = new ArrayList<>();

    /** Adds an entry; one that has no words is left out (a key says what each mark is). */
    Legend add(Sample sample, String label) {
        if (label != null && !label.isBlank()) {
            entries.add(new Entry(sample, label));
        }
        return this;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int height(Graphics2D g, int width) {
        return rows(g.getFontMetrics(Ink.LABEL), width).size() * (g.getFontMetrics(Ink.LABEL).getHeight() + 2);
    }

    /** Draws the key from (x, top); returns the height it took. */
    int draw(Graphics2D g, int x, int top, int width) {
        FontMetrics fm = g.getFontMetrics(Ink.LABEL);
        int y = top;
        for (List<Entry> row : rows(fm, width)) {
            int at = x;
            for (Entry e : row) {
                e.sample().draw(g, at, y + (fm.getHeight() - 10) / 2.0);
                Ink.text(g, e.label(), Ink.LABEL, Ink.TEXT, at + SAMPLE + 4, y + fm.getAscent());
                at += SAMPLE + 4 + fm.stringWidth(e.label()) + GAP;
            }
            y += fm.getHeight() + 2;
        }
        return y - top;
    }

    private List<List<Entry>> rows(FontMetrics fm, int width) {
        List<List<Entry>> rows = new ArrayList<>();
        List<Entry> row = new ArrayList<>();
        int used = 0;
        for (Entry e : entries) {
            int w = SAMPLE + 4 + fm.stringWidth(e.label()) + GAP;
            if (!row.isEmpty() && used + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(e);
            used += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }
}
