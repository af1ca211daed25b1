package dev.kzuz.render.chart;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.DateRange;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.DateText;
import dev.kzuz.query.Timeline;
import dev.kzuz.render.Labels;
import dev.kzuz.render.TimelineText;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Dated items on a true time axis: a treaty a square, an event a circle, an institution's
 * milestone a triangle, each kind its colour too; a date known only to the month or the year is a
 * band over that month or year, not a day. Labels stand in rows above the axis, each on the
 * first row where it covers no other, joined to its mark by a leader line; the picture grows
 * taller rather than let two labels overlap.
 */
public final class TimelinePicture implements Picture {
    private static final int AXIS_ROOM = 34;
    private final List<Timeline.Item> items;
    private final Lang lang;
    private final Caption caption;
    private final PartialDate since;
    private final PartialDate until;

    /** {@code since}, {@code until}: the span asked for (null: the items' own); a period reaching beyond it is cut at its edge. */
    public TimelinePicture(List<Timeline.Item> items, Lang lang, Caption caption, PartialDate since, PartialDate until) {
        this.items = List.copyOf(items);
        this.lang = lang;
        this.caption = caption;
        this.since = since;
        this.until = until;
    }

    /** A label's place: the item, its text, where its mark is, where the label starts, and its row (0 nearest the axis). */
    private record Placed(Timeline.Item item, String text, double markX, double labelX, int row) {
    }

    @Override
    public int heightFor(int width, int height, boolean exact) {
        Graphics2D g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics fm = g.getFontMetrics(Ink.SMALL);
        int rows = rows(place(fm, scale(width)));
        int need = Ink.titleHeight(g, Catalogue.of(lang).get("chart.timeline.title"), width) + legend().height(g, width - 2 * Ink.MARGIN)
                + 8 + rows * (fm.getHeight() + 2) + AXIS_ROOM + TimeScale.height(g.getFontMetrics(Ink.LABEL)) + 8
                + caption.height(g, width, height);
        g.dispose();
        return exact ? Math.max(height, need) : Math.max(200, need);
    }

    @Override
    public void draw(Graphics2D g, int width, int height) {
        Ink.background(g, width, height);
        int top = Ink.title(g, Catalogue.of(lang).get("chart.timeline.title"), width);
        top += legend().draw(g, Ink.MARGIN, top, width - 2 * Ink.MARGIN) + 8;
        caption.draw(g, width, height);
        if (items.isEmpty()) {
            Ink.text(g, Labels.get("no_records", lang), Ink.LABEL, Ink.TEXT, Ink.MARGIN, top + g.getFontMetrics(Ink.LABEL).getAscent());
            return;
        }
        FontMetrics fm = g.getFontMetrics(Ink.SMALL);
        TimeScale time = scale(width);
        List<Placed> placed = place(fm, time);
        int line = fm.getHeight() + 2;
        // The axis just above the caption; the rows of labels stand on it, up to the legend.
        double axisY = height - caption.height(g, width, height) - TimeScale.height(g.getFontMetrics(Ink.LABEL)) - 8;
        time.draw(g, axisY, top);
        // Leader lines first, then the labels on white: a leader passing behind a label does not cross its words.
        for (Placed p : placed) {
            double under = baseline(p, axisY, line, fm) + fm.getDescent();
            g.setColor(Ink.GRID.darker());
            g.draw(new Line2D.Double(p.markX(), axisY - 8, p.markX(), under));
            g.draw(new Line2D.Double(p.markX(), under, p.labelX(), under));
        }
        for (Placed p : placed) {
            double baseline = baseline(p, axisY, line, fm);
            Ink.begin(g, "item " + kind(p.item()), "item-" + p.item().record().id() + "-" + p.item().what().name().toLowerCase(java.util.Locale.ROOT)
                    + (p.item().country() == null ? "" : "-" + p.item().country()));
            mark(g, time, p.item(), axisY);
            g.setColor(new Color(255, 255, 255, 220));
            g.fill(new Rectangle2D.Double(p.labelX() - 1, baseline - fm.getAscent(), fm.stringWidth(p.text()) + 2, fm.getAscent() + fm.getDescent()));
            Ink.text(g, p.text(), Ink.SMALL, Ink.TEXT, p.labelX(), baseline);
            Ink.end(g);
        }
    }

    private static double baseline(Placed p, double axisY, int line, FontMetrics fm) {
        return axisY - AXIS_ROOM - p.row() * line + fm.getAscent() - fm.getHeight() + 2;
    }

    private TimeScale scale(int width) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (Timeline.Item i : items) {
            from = Math.min(from, i.date().start().year());
            to = Math.max(to, i.date().end().year());
        }
        if (items.isEmpty()) {
            from = 1991;
            to = 1991;
        }
        if (since != null) {
            from = Math.max(from, since.year());
        }
        if (until != null) {
            to = Math.min(to, until.year());
        }
        return new TimeScale(from, Math.max(from, to) + 1, Ink.MARGIN + 4, width - Ink.MARGIN - 4);
    }

    /** Each label on the lowest row where it covers no other label. */
    private List<Placed> place(FontMetrics fm, TimeScale time) {
        List<Placed> out = new ArrayList<>();
        List<Double> rowEnds = new ArrayList<>();
        for (Timeline.Item item : items) {
            String text = Ink.fit(DateText.format(item.date(), lang) + " — " + TimelineText.text(item, lang), fm, labelMax(time));
            double x = markX(time, item.date());
            double w = fm.stringWidth(text);
            double labelX = Math.max(time.left(), Math.min(x, time.right() - w));
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > labelX - 6) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(0.0);
            }
            rowEnds.set(row, labelX + w);
            out.add(new Placed(item, text, x, labelX, row));
        }
        return out;
    }

    /** How long a label may be: a third of the axis. */
    private static int labelMax(TimeScale time) {
        return (int) Math.max(160, (time.right() - time.left()) / 3);
    }

    private static int rows(List<Placed> placed) {
        int rows = 0;
        for (Placed p : placed) {
            rows = Math.max(rows, p.row() + 1);
        }
        return rows;
    }

    /** Where an item's mark stands: the middle of the part of its date the axis shows. */
    private static double markX(TimeScale time, DateRange d) {
        double a = Math.max(time.from(), TimeScale.at(d.start().earliest()));
        double b = Math.min(time.to(), TimeScale.at(d.end().latest().plusDays(1)));
        return time.x((a + Math.min(Math.max(a, b), time.to())) / 2);
    }

    private void mark(Graphics2D g, TimeScale time, Timeline.Item item, double axisY) {
        Color colour = colour(item);
        PartialDate start = item.date().start();
        boolean day = start.precision() == PartialDate.Precision.DAY && item.date().end().precision() == PartialDate.Precision.DAY
                && !item.date().isSpan();
        if (!day) {
            // A month, a year or a span: a band over all of it.
            double x1 = Math.max(time.left(), time.x(item.date().start().earliest()));
            double x2 = Math.min(time.right(), time.x(item.date().end().latest().plusDays(1)));
            g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90));
            g.fill(new Rectangle2D.Double(x1, axisY - 9, Math.max(2, x2 - x1), 6));
        }
        g.setColor(colour);
        g.fill(shape(item, markX(time, item.date()), axisY - 6));
    }

    private static Shape shape(Timeline.Item item, double x, double y) {
        return switch (item.record().type()) {
            case TREATY -> new Rectangle2D.Double(x - 3.5, y - 3.5, 7, 7);
            case EVENT -> new Ellipse2D.Double(x - 4, y - 4, 8, 8);
            case INSTITUTION, TRADE, SOURCE, CLAIM, PLACE -> triangle(x, y);
        };
    }

    private static Shape triangle(double x, double y) {
        Path2D t = new Path2D.Double();
        t.moveTo(x, y - 5);
        t.lineTo(x + 4.5, y + 3.5);
        t.lineTo(x - 4.5, y + 3.5);
        t.closePath();
        return t;
    }

    private static Color colour(Timeline.Item item) {
        return switch (item.record().type()) {
            case TREATY -> Ink.TREATY;
            case EVENT -> Ink.EVENT;
            case INSTITUTION, TRADE, SOURCE, CLAIM, PLACE -> Ink.INSTITUTION;
        };
    }

    private static String kind(Timeline.Item item) {
        return item.record().type().noun();
    }

    private Legend legend() {
        Catalogue w = Catalogue.of(lang);
        Legend legend = new Legend();
        boolean[] types = new boolean[3];
        boolean span = false;
        for (Timeline.Item i : items) {
            RecordType t = i.record().type();
            types[t == RecordType.TREATY ? 0 : t == RecordType.EVENT ? 1 : 2] = true;
            span |= i.date().isSpan() || i.date().start().precision() != PartialDate.Precision.DAY;
        }
        String[] keys = {"type.treaty", "type.event", "type.institution"};
        Color[] colours = {Ink.TREATY, Ink.EVENT, Ink.INSTITUTION};
        for (int k = 0; k < 3; k++) {
            if (types[k]) {
                int kind = k;
                legend.add((g, x, y) -> {
                    g.setColor(colours[kind]);
                    g.fill(kind == 0 ? new Rectangle2D.Double(x + 4.5, y + 1.5, 7, 7)
                            : kind == 1 ? new Ellipse2D.Double(x + 4, y + 1, 8, 8) : triangle(x + 8, y + 6));
                }, w.get(keys[k]));
            }
        }
        if (span) {
            legend.add((g, x, y) -> {
                g.setColor(new Color(0x55, 0x55, 0x55, 90));
                g.fill(new Rectangle2D.Double(x, y + 2, 16, 6));
            }, w.get("chart.span"));
        }
        return legend;
    }
}
