package dev.kzuz.render.chart;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.query.TradeText;
import dev.kzuz.render.Labels;
import dev.kzuz.render.Projection;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The trade series as bars on a true year axis (a year without a figure is an empty slot, so a
 * twelve-year gap looks like one), each reporter's bar told apart without colour too (Kazakhstan's
 * solid, Uzbekistan's hatched, others' outlined), approximate figures marked "≈", and each target
 * a line from the year it was set to the year it is for, labelled with its value and that year.
 */
public final class TradePicture implements Picture {
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final List<String> SIDES = List.of("KZ", "UZ", "—");
    private final Map<Integer, Map<String, TradeFigure>> headlines;
    private final List<TradeFigure> targets;
    private final Lang lang;
    private final Caption caption;

    public TradePicture(Map<Integer, Map<String, TradeFigure>> headlines, List<TradeFigure> targets, Lang lang, Caption caption) {
        this.headlines = headlines;
        this.targets = targets.stream().filter(t -> t.turnover() != null).toList();
        this.lang = lang;
        this.caption = caption;
    }

    /** A target line: its value, the years it was set in, the years it was for. */
    private record Goal(BigDecimal value, TradeFigure first, TreeSet<Integer> set, TreeSet<Integer> by) {
    }

    @Override
    public int heightFor(int width, int height, boolean exact) {
        return height;
    }

    @Override
    public void draw(Graphics2D g, int width, int height) {
        Catalogue w = Catalogue.of(lang);
        Ink.background(g, width, height);
        int top = Ink.title(g, w.get("chart.title"), width);
        top += legend(w).draw(g, Ink.MARGIN, top, width - 2 * Ink.MARGIN) + 6;
        int bottom = height - caption.height(g, width, height);
        caption.draw(g, width, height);
        FontMetrics fm = g.getFontMetrics(Ink.LABEL);
        if (headlines.isEmpty() && targets.isEmpty()) {
            Ink.text(g, Labels.get("no_records", lang), Ink.LABEL, Ink.TEXT, Ink.MARGIN, top + fm.getAscent());
            return;
        }
        double max = 0;
        for (Map<String, TradeFigure> sides : headlines.values()) {
            for (TradeFigure f : sides.values()) {
                max = Math.max(max, billions(f.turnover()));
            }
        }
        List<Goal> goals = goals();
        for (Goal goal : goals) {
            max = Math.max(max, billions(goal.value()));
        }
        double step = niceStep(max);
        double ceiling = Math.ceil(max * 1.1 / step) * step;
        int axisLabels = fm.stringWidth(format(ceiling)) + 8;
        double left = Ink.MARGIN + axisLabels;
        double right = width - Ink.MARGIN;
        double plotTop = top + fm.getHeight() + 8;
        double axisY = bottom - TimeScale.height(fm) - 4;
        TimeScale time = new TimeScale(firstYear(goals), lastYear(goals) + 1, left, right);
        // The value axis: its unit over it, a grid line and label at each step.
        Ink.text(g, w.get("chart.value"), Ink.LABEL, Ink.AXIS, Ink.MARGIN, top + fm.getAscent());
        for (double v = 0; v <= ceiling + 1e-9; v += step) {
            double y = y(v, ceiling, plotTop, axisY);
            g.setColor(Ink.GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            String label = format(v);
            Ink.text(g, label, Ink.LABEL, Ink.AXIS, left - 6 - fm.stringWidth(label), y + fm.getAscent() / 2.0 - 1);
        }
        time.draw(g, axisY, plotTop);
        double slot = time.x(1) - time.x(0);
        for (Map.Entry<Integer, Map<String, TradeFigure>> year : headlines.entrySet()) {
            for (Map.Entry<String, TradeFigure> side : year.getValue().entrySet()) {
                bar(g, time, year.getKey(), side.getKey(), year.getValue().size(), side.getValue(), slot, ceiling, plotTop, axisY);
            }
        }
        List<Rectangle2D> labels = new ArrayList<>();
        for (Goal goal : goals) {
            target(g, w, time, goal, ceiling, plotTop, axisY, labels);
        }
    }

    private Legend legend(Catalogue w) {
        Legend legend = new Legend();
        boolean[] present = new boolean[SIDES.size()];
        boolean approximate = false;
        for (Map<String, TradeFigure> sides : headlines.values()) {
            for (Map.Entry<String, TradeFigure> e : sides.entrySet()) {
                present[SIDES.indexOf(e.getKey())] = true;
                approximate |= e.getValue().approximate();
            }
        }
        for (int i = 0; i < SIDES.size(); i++) {
            if (present[i]) {
                String side = SIDES.get(i);
                legend.add((g, x, y) -> sample(g, side, new Rectangle2D.Double(x, y, 16, 10)),
                        w.get(side.equals("—") ? "chart.reporter.other" : "chart.reporter." + side));
            }
        }
        if (approximate) {
            legend.add((g, x, y) -> Ink.text(g, "≈", Ink.LABEL, Ink.TEXT, x + 4, y + 9), w.get("chart.approximate"));
        }
        if (!targets.isEmpty()) {
            legend.add((g, x, y) -> Ink.line(g, Ink.TARGET, Ink.DASHED, x, y + 5, x + 16, y + 5), w.get("target"));
        }
        return legend;
    }

    /** A reporter's mark: Kazakhstan's solid, Uzbekistan's hatched, another's outlined only. */
    private static void sample(Graphics2D g, String side, Rectangle2D r) {
        Color c = Ink.country(side);
        switch (side) {
            case "KZ" -> {
                g.setColor(c);
                g.fill(r);
            }
            case "UZ" -> {
                g.setColor(Color.WHITE);
                g.fill(r);
                Ink.hatch(g, r, c, 4);
                g.setColor(c);
                g.draw(r);
            }
            default -> {
                g.setColor(Color.WHITE);
                g.fill(r);
                g.setColor(c);
                g.setStroke(Ink.DOTTED);
                g.draw(r);
                g.setStroke(Ink.THIN);
            }
        }
    }

    private void bar(Graphics2D g, TimeScale time, int year, String side, int sides, TradeFigure f, double slot, double ceiling,
                     double plotTop, double axisY) {
        double width = slot * 0.8 / Math.max(1, sides);
        int index = sides == 1 ? 0 : SIDES.indexOf(side);
        double x = time.x(year) + slot * 0.1 + index * width;
        double y = y(billions(f.turnover()), ceiling, plotTop, axisY);
        Rectangle2D r = new Rectangle2D.Double(x, y, Math.max(1, width - 1), axisY - y);
        Ink.begin(g, f.approximate() ? "bar approximate" : "bar", "bar-" + year + "-" + (side.equals("—") ? "other" : side));
        sample(g, side, r);
        if (f.approximate()) {
            FontMetrics fm = g.getFontMetrics(Ink.SMALL);
            Ink.text(g, "≈", Ink.SMALL, Ink.TEXT, x + (width - fm.stringWidth("≈")) / 2, y - 2);
        }
        Ink.end(g);
    }

    private void target(Graphics2D g, Catalogue w, TimeScale time, Goal goal, double ceiling, double plotTop, double axisY,
                        List<Rectangle2D> taken) {
        double y = y(billions(goal.value()), ceiling, plotTop, axisY);
        double from = time.x(goal.set().first());
        double to = time.x(goal.by().last() + 1);
        Ink.begin(g, "target", "target-" + goal.value().stripTrailingZeros().toPlainString());
        Ink.line(g, Ink.TARGET, Ink.DASHED, from, y, to, y);
        g.setColor(Ink.TARGET);
        // A flag over each year a target of this value was for, where that year's bars stand.
        for (int by : goal.by()) {
            double x = time.x(by + 0.5);
            Path2D flag = new Path2D.Double();
            flag.moveTo(x, y);
            flag.lineTo(x - 4, y - 7);
            flag.lineTo(x + 4, y - 7);
            flag.closePath();
            g.fill(flag);
        }
        String years = String.join(", ", goal.by().stream().map(String::valueOf).toList());
        String label = w.fill(goal.by().size() == 1 ? "chart.target.by" : "chart.target.by.years",
                "value", Projection.money(goal.value(), goal.first(), lang), "years", years);
        FontMetrics fm = g.getFontMetrics(Ink.SMALL);
        double lw = fm.stringWidth(label);
        double lx = Math.max(time.left(), Math.min(from, time.right() - lw));
        double ly = y - 9;
        Rectangle2D box = new Rectangle2D.Double(lx, ly - fm.getAscent(), lw, fm.getHeight());
        // Labels of targets close in value move up until they no longer cover one another.
        while (overlaps(box, taken) && box.getMinY() > plotTop) {
            ly -= fm.getHeight();
            box = new Rectangle2D.Double(lx, ly - fm.getAscent(), lw, fm.getHeight());
        }
        taken.add(box);
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(box);
        Ink.text(g, label, Ink.SMALL, Ink.TARGET.darker(), lx, ly);
        Ink.end(g);
    }

    private static boolean overlaps(Rectangle2D box, List<Rectangle2D> taken) {
        for (Rectangle2D r : taken) {
            if (r.intersects(box)) {
                return true;
            }
        }
        return false;
    }

    /** One line per value, from the first year a target of it was set to the last year one was for. */
    private List<Goal> goals() {
        Map<String, Goal> out = new LinkedHashMap<>();
        for (TradeFigure t : targets) {
            int by = t.period() != null ? t.period().end().year() : t.set().year();
            int set = t.set() != null ? t.set().year() : by;
            String key = t.turnover().stripTrailingZeros().toPlainString();
            Goal goal = out.computeIfAbsent(key, k -> new Goal(t.turnover(), t, new TreeSet<>(), new TreeSet<>()));
            goal.set().add(set);
            goal.by().add(by);
        }
        return List.copyOf(out.values());
    }

    private int firstYear(List<Goal> goals) {
        int first = headlines.isEmpty() ? Integer.MAX_VALUE : new TreeMap<>(headlines).firstKey();
        for (Goal goal : goals) {
            first = Math.min(first, goal.set().first());
        }
        return first == Integer.MAX_VALUE ? 1991 : first;
    }

    private int lastYear(List<Goal> goals) {
        int last = headlines.isEmpty() ? Integer.MIN_VALUE : new TreeMap<>(headlines).lastKey();
        for (Goal goal : goals) {
            last = Math.max(last, goal.by().last());
        }
        return last == Integer.MIN_VALUE ? 1991 : last;
    }

    private static double y(double value, double ceiling, double top, double axis) {
        return axis - value / ceiling * (axis - top);
    }

    private static double billions(BigDecimal v) {
        return v.divide(BILLION).doubleValue();
    }

    /** A round step for the value axis: 1, 2 or 5 times a power of ten, four to eight steps in all. */
    static double niceStep(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (raw <= m * power) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private String format(double v) {
        return TradeText.number(BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros(), lang);
    }
}
