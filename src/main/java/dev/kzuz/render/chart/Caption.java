package dev.kzuz.render.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A picture's sources under it, as the citation style writes them: the full references where
 * they fit in a quarter of the picture, else the short ones ("Kazinform, 2019") on a line or two.
 *
 * @param label "Sources" in the reader's language
 * @param full  each source's reference in the style, in the order of {@code brief}; none when too many to fit
 * @param brief each source's short reference, in the same order
 */
public record Caption(String label, List<String> full, List<String> brief) {
    public Caption {
        full = List.copyOf(full);
        brief = List.copyOf(brief);
    }

    /** The lines the caption takes at {@code width}, the full references when they fit in {@code maxLines}. */
    List<String> lines(FontMetrics fm, int width, int maxLines) {
        if (brief.isEmpty()) {
            return List.of();
        }
        if (!full.isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add(label + ":");
            for (String reference : full) {
                lines.addAll(Ink.wrap(reference, fm, width));
            }
            if (lines.size() <= maxLines) {
                return lines;
            }
        }
        return Ink.wrap(label + ": " + String.join("; ", new java.util.LinkedHashSet<>(brief)) + ".", fm, width);
    }

    /** How tall the caption is at {@code width} in a picture {@code height} high. */
    int height(Graphics2D g, int width, int height) {
        FontMetrics fm = g.getFontMetrics(Ink.SMALL);
        return lines(fm, width - 2 * Ink.MARGIN, maxLines(fm, height)).size() * fm.getHeight() + Ink.MARGIN;
    }

    /** Draws the caption at the bottom of the picture. */
    void draw(Graphics2D g, int width, int height) {
        FontMetrics fm = g.getFontMetrics(Ink.SMALL);
        List<String> lines = lines(fm, width - 2 * Ink.MARGIN, maxLines(fm, height));
        int y = height - Ink.MARGIN / 2 - lines.size() * fm.getHeight() + fm.getAscent();
        for (String line : lines) {
            Ink.text(g, line, Ink.SMALL, Ink.AXIS, Ink.MARGIN, y);
            y += fm.getHeight();
        }
    }

    private static int maxLines(FontMetrics fm, int height) {
        return Math.max(2, height / 4 / fm.getHeight());
    }
}
