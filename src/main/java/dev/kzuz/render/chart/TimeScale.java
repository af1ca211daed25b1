package dev.kzuz.render.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.time.LocalDate;

/**
 * A true time axis: years as fractions ({@link #at}), so that a gap of twelve years takes twelve
 * years' room, ticks every 1, 2, 5 or 10 years as the room allows.
 *
 * @param from  the first year shown (its 1 January)
 * @param to    the year after the last one shown
 * @param left  where {@code from} is drawn
 * @param right where {@code to} is drawn
 */
record TimeScale(int from, int to, double left, double right) {
    TimeScale {
        if (to <= from) {
            to = from + 1;
        }
    }

    /** A date as a year with its fraction: 1 July 1998 is about 1998.5. */
    static double at(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    double x(double year) {
        return left + (year - from) * (right - left) / (to - from);
    }

    double x(LocalDate d) {
        return x(at(d));
    }

    /** Years between ticks, so that each label has room. */
    int step(FontMetrics fm) {
        double perYear = (right - left) / (to - from);
        int label = fm.stringWidth("2000") + 12;
        for (int step : new int[] {1, 2, 5, 10, 20, 50}) {
            if (perYear * step >= label) {
                return step;
            }
        }
        return 100;
    }

    /** The axis line at {@code y}, ticks and year labels under it, and light grid lines up to {@code top}. */
    void draw(Graphics2D g, double y, double top) {
        FontMetrics fm = g.getFontMetrics(Ink.LABEL);
        int step = step(fm);
        for (int year = (from + step - 1) / step * step; year <= to; year += step) {
            double x = x(year);
            g.setColor(Ink.GRID);
            g.setStroke(Ink.THIN);
            g.draw(new Line2D.Double(x, top, x, y));
            g.setColor(Ink.AXIS);
            g.draw(new Line2D.Double(x, y, x, y + 4));
            String label = String.valueOf(year);
            Ink.text(g, label, Ink.LABEL, Ink.AXIS, x - fm.stringWidth(label) / 2.0, y + 4 + fm.getAscent());
        }
        g.setColor(Ink.AXIS);
        g.draw(new Line2D.Double(left, y, right, y));
    }

    static int height(FontMetrics fm) {
        return 4 + fm.getHeight();
    }
}
