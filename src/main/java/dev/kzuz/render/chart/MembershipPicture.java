package dev.kzuz.render.chart;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Institution;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Membership;
import dev.kzuz.render.Labels;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;

/**
 * Who was a member when: a row per institution, a lane for Kazakhstan above one for Uzbekistan,
 * on a true time axis from 1991 to today. Member periods are solid, observer ones outlined,
 * suspensions hatched, a withdrawal a cross; the founding and the dissolution are marked. A
 * period still open runs to today with an arrow; one whose end no source records fades out
 * dotted after the last record, with a question mark, rather than running on to today.
 */
public final class MembershipPicture implements Picture {
    private static final int LANE = 10;
    private static final int LANE_GAP = 3;
    private static final int ROW_GAP = 10;
    private final List<Institution> institutions;
    private final List<String> countries;
    private final Lang lang;
    private final Caption caption;
    private final LocalDate today;

    /** {@code countries}: the lanes, in order (KZ, UZ, or one of them). */
    public MembershipPicture(List<Institution> institutions, List<String> countries, Lang lang, Caption caption, LocalDate today) {
        this.institutions = List.copyOf(institutions);
        this.countries = List.copyOf(countries);
        this.lang = lang;
        this.caption = caption;
        this.today = today;
    }

    @Override
    public int heightFor(int width, int height, boolean exact) {
        Graphics2D g = measuring();
        FontMetrics fm = g.getFontMetrics(Ink.LABEL);
        int need = Ink.titleHeight(g, Catalogue.of(lang).get("chart.members.title"), width) + legend().height(g, width - 2 * Ink.MARGIN) + 8;
        for (Institution i : institutions) {
            need += rowHeight(fm, labelWidth(width), i);
        }
        need += TimeScale.height(fm) + 8 + caption.height(g, width, height);
        g.dispose();
        return exact ? Math.max(height, need) : Math.max(200, need);
    }

    @Override
    public void draw(Graphics2D g, int width, int height) {
        Catalogue w = Catalogue.of(lang);
        Ink.background(g, width, height);
        int top = Ink.title(g, w.get("chart.members.title"), width);
        top += legend().draw(g, Ink.MARGIN, top, width - 2 * Ink.MARGIN) + 8;
        caption.draw(g, width, height);
        FontMetrics fm = g.getFontMetrics(Ink.LABEL);
        int labels = labelWidth(width);
        double left = Ink.MARGIN + labels + 8;
        int first = 1991;
        for (Institution i : institutions) {
            for (Membership m : i.members()) {
                if (m.from() != null && countries.contains(m.country())) {
                    first = Math.min(first, m.from().year());
                }
            }
        }
        TimeScale time = new TimeScale(first, today.getYear() + 1, left, width - Ink.MARGIN - 12);
        if (institutions.isEmpty()) {
            Ink.text(g, Labels.get("no_records", lang), Ink.LABEL, Ink.TEXT, Ink.MARGIN, top + fm.getAscent());
            return;
        }
        int y = top;
        int rowsTop = top;
        for (Institution i : institutions) {
            int h = rowHeight(fm, labels, i);
            row(g, fm, time, i, y, h, labels);
            y += h;
        }
        time.draw(g, y + 2, rowsTop);
    }

    private void row(Graphics2D g, FontMetrics fm, TimeScale time, Institution i, int top, int height, int labels) {
        List<String> name = name(fm, labels, i);
        int lanesTop = top + (height - ROW_GAP - lanes()) / 2;
        int textTop = top + (height - ROW_GAP - name.size() * fm.getHeight()) / 2;
        for (int k = 0; k < name.size(); k++) {
            Ink.text(g, name.get(k), Ink.LABEL, Ink.TEXT, Ink.MARGIN, textTop + k * fm.getHeight() + fm.getAscent());
        }
        g.setColor(Ink.GRID);
        g.draw(new Line2D.Double(time.left(), top + height - ROW_GAP / 2.0, time.right(), top + height - ROW_GAP / 2.0));
        for (int c = 0; c < countries.size(); c++) {
            String country = countries.get(c);
            double laneTop = lanesTop + c * (LANE + LANE_GAP);
            int n = 0;
            for (Membership m : i.members()) {
                if (m.country().equals(country)) {
                    period(g, time, i, m, laneTop, i.id() + "-" + country + "-" + (++n));
                }
            }
        }
        double markTop = lanesTop - 4;
        double markBottom = lanesTop + lanes() + 4;
        if (i.founded() != null && i.founded().date() != null && i.founded().date().year() >= time.from()) {
            Ink.begin(g, "founded", "founded-" + i.id());
            founded(g, time.x(i.founded().date().earliest()), markBottom);
            Ink.end(g);
        }
        if (i.dissolved() != null) {
            Ink.begin(g, "dissolved", "dissolved-" + i.id());
            dissolved(g, time.x(i.dissolved().earliest()), markTop, markBottom);
            Ink.end(g);
        }
    }

    private void period(Graphics2D g, TimeScale time, Institution i, Membership m, double laneTop, String id) {
        Color colour = Ink.country(m.country());
        Ink.begin(g, m.status().code(), "member-" + id);
        if (m.status() == dev.kzuz.model.MembershipStatus.WITHDRAWN) {
            double x = time.x(m.from() != null ? m.from().earliest() : today);
            cross(g, colour, x, laneTop + LANE / 2.0);
            Ink.end(g);
            return;
        }
        boolean startKnown = m.from() != null;
        double x1 = startKnown ? time.x(m.from().earliest()) : i.founded() != null && i.founded().date() != null
                ? time.x(i.founded().date().earliest()) : time.left();
        x1 = Math.max(time.left(), x1);
        End end = end(i, m);
        double x2 = Math.max(x1 + 2, time.x(end.at()));
        Rectangle2D bar = new Rectangle2D.Double(x1, laneTop, x2 - x1, LANE);
        fill(g, m.status(), colour, bar);
        if (!startKnown) {
            dottedCap(g, colour, x1, laneTop);
        }
        switch (end.kind()) {
            case OPEN -> arrow(g, colour, x2, laneTop);
            case UNKNOWN -> {
                // The last record, then dots for a year and "?": not drawn on to today.
                Ink.line(g, colour, Ink.DOTTED, x2, laneTop + LANE / 2.0, Math.min(time.right(), x2 + (time.x(1) - time.x(0)) * 2),
                        laneTop + LANE / 2.0);
                FontMetrics fm = g.getFontMetrics(Ink.SMALL);
                Ink.text(g, "?", Ink.SMALL, colour, Math.min(time.right() - 4, x2 + (time.x(1) - time.x(0)) * 2 + 2), laneTop + fm.getAscent());
            }
            case CLOSED -> {
                // a closed period ends where its bar ends
            }
        }
        Ink.end(g);
    }

    private enum EndKind { CLOSED, OPEN, UNKNOWN }

    private record End(LocalDate at, EndKind kind) {
    }

    /** Where a period ends: its own end, the body's dissolution, the last record of the body (end unknown), or today (open). */
    private End end(Institution i, Membership m) {
        if (m.to() != null) {
            return new End(m.to().latest().isAfter(today) ? today : m.to().latest(), EndKind.CLOSED);
        }
        if (i.dissolved() != null) {
            return new End(i.dissolved().earliest(), EndKind.CLOSED);
        }
        if (i.lastRecorded() != null) {
            return new End(i.lastRecorded().latest(), EndKind.UNKNOWN);
        }
        return new End(today, EndKind.OPEN);
    }

    private static void fill(Graphics2D g, dev.kzuz.model.MembershipStatus status, Color colour, Rectangle2D bar) {
        switch (status) {
            case MEMBER -> {
                g.setColor(colour);
                g.fill(bar);
            }
            case PARTY -> {
                g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
                g.fill(bar);
                g.setColor(colour);
                g.draw(bar);
            }
            case OBSERVER -> {
                g.setColor(Color.WHITE);
                g.fill(bar);
                g.setColor(colour);
                g.draw(bar);
            }
            case SUSPENDED -> {
                g.setColor(Color.WHITE);
                g.fill(bar);
                Ink.hatch(g, bar, colour, 4);
                g.setColor(colour);
                g.draw(bar);
            }
            case WITHDRAWN -> {
                // drawn as a cross where it happened, not as a period
            }
        }
    }

    private static void cross(Graphics2D g, Color colour, double x, double y) {
        g.setColor(colour);
        g.setStroke(new java.awt.BasicStroke(2f));
        g.draw(new Line2D.Double(x - 4, y - 4, x + 4, y + 4));
        g.draw(new Line2D.Double(x - 4, y + 4, x + 4, y - 4));
        g.setStroke(Ink.THIN);
    }

    private static void arrow(Graphics2D g, Color colour, double x, double laneTop) {
        Path2D head = new Path2D.Double();
        head.moveTo(x, laneTop - 2);
        head.lineTo(x + 8, laneTop + LANE / 2.0);
        head.lineTo(x, laneTop + LANE + 2);
        head.closePath();
        g.setColor(colour);
        g.fill(head);
    }

    private static void dottedCap(Graphics2D g, Color colour, double x, double laneTop) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x, laneTop, 6, LANE));
        Ink.line(g, colour, Ink.DOTTED, x, laneTop + LANE / 2.0, x + 6, laneTop + LANE / 2.0);
    }

    private static void founded(Graphics2D g, double x, double y) {
        Path2D mark = new Path2D.Double();
        mark.moveTo(x, y - 5);
        mark.lineTo(x + 4, y + 2);
        mark.lineTo(x - 4, y + 2);
        mark.closePath();
        g.setColor(Ink.TEXT);
        g.fill(mark);
    }

    private static void dissolved(Graphics2D g, double x, double top, double bottom) {
        g.setColor(Ink.TEXT);
        g.setStroke(new java.awt.BasicStroke(2f));
        g.draw(new Line2D.Double(x, top, x, bottom));
        g.setStroke(Ink.THIN);
        g.fill(new Rectangle2D.Double(x - 3, bottom - 1, 6, 4));
    }

    private Legend legend() {
        Catalogue w = Catalogue.of(lang);
        Legend legend = new Legend();
        for (String c : countries) {
            legend.add((g, x, y) -> fill(g, dev.kzuz.model.MembershipStatus.MEMBER, Ink.country(c), new Rectangle2D.Double(x, y, 16, 10)),
                    Labels.country(c, lang));
        }
        boolean[] used = new boolean[dev.kzuz.model.MembershipStatus.values().length];
        boolean open = false;
        boolean unknownEnd = false;
        boolean unknownStart = false;
        boolean founded = false;
        boolean dissolved = false;
        for (Institution i : institutions) {
            founded |= i.founded() != null && i.founded().date() != null;
            dissolved |= i.dissolved() != null;
            for (Membership m : i.members()) {
                if (countries.contains(m.country())) {
                    used[m.status().ordinal()] = true;
                    unknownStart |= m.from() == null && m.status() != dev.kzuz.model.MembershipStatus.WITHDRAWN;
                    if (m.status() != dev.kzuz.model.MembershipStatus.WITHDRAWN) {
                        EndKind k = end(i, m).kind();
                        open |= k == EndKind.OPEN;
                        unknownEnd |= k == EndKind.UNKNOWN;
                    }
                }
            }
        }
        for (dev.kzuz.model.MembershipStatus s : dev.kzuz.model.MembershipStatus.values()) {
            if (used[s.ordinal()]) {
                legend.add(s == dev.kzuz.model.MembershipStatus.WITHDRAWN
                        ? (g, x, y) -> cross(g, Ink.AXIS, x + 8, y + 5)
                        : (g, x, y) -> fill(g, s, Ink.AXIS, new Rectangle2D.Double(x, y, 16, 10)), Labels.get(s.code(), lang));
            }
        }
        if (founded) {
            legend.add((g, x, y) -> founded(g, x + 8, y + 8), Labels.get("founded", lang).toLowerCase(java.util.Locale.ROOT));
        }
        if (dissolved) {
            legend.add((g, x, y) -> dissolved(g, x + 8, y, y + 8), Labels.get("dissolved", lang).toLowerCase(java.util.Locale.ROOT));
        }
        if (open) {
            legend.add((g, x, y) -> {
                fill(g, dev.kzuz.model.MembershipStatus.MEMBER, Ink.AXIS, new Rectangle2D.Double(x, y, 8, 10));
                arrow(g, Ink.AXIS, x + 8, y);
            }, w.get("chart.open"));
        }
        if (unknownEnd) {
            legend.add((g, x, y) -> {
                Ink.line(g, Ink.AXIS, Ink.DOTTED, x, y + 5, x + 10, y + 5);
                Ink.text(g, "?", Ink.SMALL, Ink.AXIS, x + 11, y + 9);
            }, w.get("chart.end.unknown"));
        }
        if (unknownStart) {
            legend.add((g, x, y) -> Ink.line(g, Ink.AXIS, Ink.DOTTED, x, y + 5, x + 16, y + 5), w.get("chart.start.unknown"));
        }
        return legend;
    }

    private int lanes() {
        return countries.size() * LANE + (countries.size() - 1) * LANE_GAP;
    }

    private int rowHeight(FontMetrics fm, int labels, Institution i) {
        return Math.max(lanes() + 12, name(fm, labels, i).size() * fm.getHeight()) + ROW_GAP;
    }

    /** The institution's title in the reader's language, in at most two lines. */
    private List<String> name(FontMetrics fm, int labels, Institution i) {
        List<String> lines = Ink.wrap(i.titleIn(lang).text(), fm, labels);
        if (lines.size() <= 2) {
            return lines;
        }
        return List.of(lines.get(0), Ink.fit(String.join(" ", lines.subList(1, lines.size())), fm, labels));
    }

    private static int labelWidth(int width) {
        return Math.max(120, width * 28 / 100);
    }

    private static Graphics2D measuring() {
        return new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
    }
}
