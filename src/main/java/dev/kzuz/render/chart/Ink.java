package dev.kzuz.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What the three pictures share: fonts, colours that stay apart in print and for colour-blind
 * readers (Okabe–Ito), hatching, and text that wraps or shortens to its room.
 */
final class Ink {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    static final Color TEXT = new Color(0x222222);
    static final Color AXIS = new Color(0x555555);
    static final Color GRID = new Color(0xdddddd);
    static final Color KZ = new Color(0x0072b2);
    static final Color UZ = new Color(0xd55e00);
    static final Color OTHER = new Color(0x777777);
    static final Color TARGET = new Color(0x009e73);
    static final Color TREATY = new Color(0x0072b2);
    static final Color EVENT = new Color(0xe69f00);
    static final Color INSTITUTION = new Color(0xcc79a7);
    static final Stroke THIN = new BasicStroke(1f);
    static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    static final Stroke DOTTED = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 3f}, 0f);
    static final int MARGIN = 16;

    private Ink() {
    }

    static void prepare(Graphics2D g) {
        g.setColor(TEXT);
        g.setFont(LABEL);
        g.setStroke(THIN);
    }

    static Color country(String code) {
        return switch (code) {
            case "KZ" -> KZ;
            case "UZ" -> UZ;
            default -> OTHER;
        };
    }

    /** A line in {@code colour} drawn with {@code stroke}; the pen goes back to thin. */
    static void line(Graphics2D g, Color colour, Stroke stroke, double x1, double y1, double x2, double y2) {
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
        g.setStroke(THIN);
    }

    /** Diagonal lines across {@code shape}, every {@code step} pixels: tells a fill apart without colour. */
    static void hatch(Graphics2D g, Shape shape, Color colour, int step) {
        Shape clip = g.getClip();
        Stroke stroke = g.getStroke();
        g.clip(shape);
        g.setColor(colour);
        g.setStroke(THIN);
        Rectangle2D b = shape.getBounds2D();
        for (double x = b.getMinX() - b.getHeight(); x < b.getMaxX(); x += step) {
            g.draw(new Line2D.Double(x, b.getMaxY(), x + b.getHeight(), b.getMinY()));
        }
        g.setClip(clip);
        g.setStroke(stroke);
    }

    /** The text in lines no wider than {@code width}, broken at spaces (a word longer than a line is cut with "…"). */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(tried) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(fit(line.toString(), fm, width));
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(fit(line.toString(), fm, width));
        }
        return lines;
    }

    /** The text, shortened with "…" to {@code width}. */
    static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && fm.stringWidth(text.substring(0, end) + "…") > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    static void text(Graphics2D g, String text, Font font, Color colour, double x, double baseline) {
        g.setFont(font);
        g.setColor(colour);
        g.drawString(text, (float) x, (float) baseline);
    }

    /** The title, top left; returns where the next element may start. */
    static int title(Graphics2D g, String title, int width) {
        FontMetrics fm = g.getFontMetrics(TITLE);
        int y = MARGIN;
        for (String line : wrap(title, fm, width - 2 * MARGIN)) {
            y += fm.getAscent();
            text(g, line, TITLE, TEXT, MARGIN, y);
            y += fm.getDescent();
        }
        return y + 8;
    }

    static int titleHeight(Graphics2D g, String title, int width) {
        FontMetrics fm = g.getFontMetrics(TITLE);
        return MARGIN + wrap(title, fm, width - 2 * MARGIN).size() * fm.getHeight() + 8;
    }

    /**
     * Opens an SVG group for one mark of data ("bar", "member", "item"), so that a reader's tools
     * and the tests find each mark by its class and id; a PNG ignores it.
     */
    static void begin(Graphics2D g, String kind, String id) {
        if (!(g instanceof org.jfree.svg.SVGGraphics2D)) {
            return;
        }
        g.setRenderingHint(org.jfree.svg.SVGHints.KEY_BEGIN_GROUP, java.util.Map.of("id", id, "class", kind));
    }

    static void end(Graphics2D g) {
        if (!(g instanceof org.jfree.svg.SVGGraphics2D)) {
            return;
        }
        g.setRenderingHint(org.jfree.svg.SVGHints.KEY_END_GROUP, "true");
    }

    static void background(Graphics2D g, int width, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }
}
