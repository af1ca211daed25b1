package dev.kzuz.query;

import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.TradeFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The trade series as reported: one row per figure, in period order, with the growth computed
 * from the same reporter's figure for the year before (only when both years have exactly one),
 * and, where both sides report a year, the gap between the Kazakh and Uzbek figures.
 */
public final class TradeSeries {
    /** A figure with what is computed from it; null where nothing can be computed. */
    public record Row(TradeFigure figure, String side, BigDecimal computedGrowth, BigDecimal gap) {
    }

    /** What the user asked for. {@code side} is KZ, UZ or null for all reporters. */
    public record Query(PartialDate since, PartialDate until, String side, boolean partial, boolean targets) {
    }

    private static final List<String> REPORTER_ORDER = List.of("statistics", "government", "official", "media");

    private TradeSeries() {
    }

    public static List<Row> rows(KnowledgeBase kb, Query q) {
        LocalDate from = q.since() == null ? LocalDate.MIN : q.since().earliest();
        LocalDate to = q.until() == null ? LocalDate.MAX : q.until().latest();
        List<TradeFigure> all = kb.ofType(RecordType.TRADE, TradeFigure.class);
        List<TradeFigure> figures = all.stream().filter(t -> t.kind().equals("figure")).toList();
        List<Row> rows = new ArrayList<>();
        for (TradeFigure t : all) {
            boolean target = t.kind().equals("target");
            if (target && !q.targets() || !target && t.partial() && !q.partial()) {
                continue;
            }
            if (t.period() != null && !t.period().overlaps(from, to)) {
                continue;
            }
            if (t.period() == null && (q.since() != null || q.until() != null) && !target) {
                continue;
            }
            String side = side(t);
            if (q.side() != null && !q.side().equals(side)) {
                continue;
            }
            rows.add(new Row(t, side, target ? null : computedGrowth(t, figures), target ? null : gap(t, figures)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.figure().period() == null ? LocalDate.MAX : r.figure().period().earliest())
                .thenComparing(r -> r.figure().kind())
                .thenComparing(r -> r.side() == null ? "~" : r.side())
                .thenComparing(r -> reporterRank(r.figure()))
                .thenComparing(r -> r.figure().id()));
        return rows;
    }

    public static String side(TradeFigure t) {
        return t.reporter() == null ? null : t.reporter().country();
    }

    private static int reporterRank(TradeFigure t) {
        int i = t.reporter() == null ? -1 : REPORTER_ORDER.indexOf(t.reporter().kind());
        return i < 0 ? REPORTER_ORDER.size() : i;
    }

    private static boolean fullYear(TradeFigure t) {
        return t.period() != null && !t.partial() && t.turnover() != null;
    }

    private static boolean sameReporter(TradeFigure a, TradeFigure b) {
        return a.reporter() != null && b.reporter() != null
                && java.util.Objects.equals(a.reporter().country(), b.reporter().country())
                && java.util.Objects.equals(a.reporter().kind(), b.reporter().kind());
    }

    /** Growth over the same reporter's figure for the previous year; none across a missing year. */
    static BigDecimal computedGrowth(TradeFigure t, List<TradeFigure> figures) {
        if (!fullYear(t)) {
            return null;
        }
        int year = t.period().start().year();
        List<TradeFigure> same = figures.stream().filter(f -> fullYear(f) && sameReporter(f, t)).toList();
        List<TradeFigure> thisYear = same.stream().filter(f -> f.period().start().year() == year).toList();
        List<TradeFigure> lastYear = same.stream().filter(f -> f.period().start().year() == year - 1).toList();
        if (thisYear.size() != 1 || lastYear.size() != 1 || lastYear.get(0).turnover().signum() == 0) {
            return null;
        }
        return t.turnover().divide(lastYear.get(0).turnover(), 6, RoundingMode.HALF_UP)
                .subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }

    /** This side's figure minus the other side's headline figure for the same year. */
    static BigDecimal gap(TradeFigure t, List<TradeFigure> figures) {
        String side = side(t);
        if (!fullYear(t) || !("KZ".equals(side) || "UZ".equals(side))) {
            return null;
        }
        String other = side.equals("KZ") ? "UZ" : "KZ";
        return headline(figures, t.period().start().year(), other)
                .map(o -> t.turnover().subtract(o.turnover()))
                .orElse(null);
    }

    /** The figure that stands for a side in a year: statistics before government before officials before media. */
    public static Optional<TradeFigure> headline(List<TradeFigure> figures, int year, String side) {
        return figures.stream()
                .filter(f -> fullYear(f) && side.equals(side(f)) && f.period().start().year() == year)
                .min(Comparator.comparing(TradeSeries::reporterRank).thenComparing(TradeFigure::id));
    }

    /**
     * For each side asked (KZ, UZ, or both when {@code side} is null), the years among the rows'
     * full-year figures for which no figure from that side's statistics office is recorded: a gap
     * shown as one, so "what did each side's statistics say" never goes unanswered in silence.
     */
    public static Map<String, List<Integer>> statisticsGaps(List<Row> rows, String side) {
        SortedSet<Integer> years = new TreeSet<>();
        Map<String, Set<Integer>> held = new HashMap<>();
        for (Row r : rows) {
            TradeFigure f = r.figure();
            if (fullYear(f) && f.kind().equals("figure")) {
                int year = f.period().start().year();
                years.add(year);
                if (f.reporter() != null && "statistics".equals(f.reporter().kind()) && f.reporter().country() != null) {
                    held.computeIfAbsent(f.reporter().country(), k -> new HashSet<>()).add(year);
                }
            }
        }
        Map<String, List<Integer>> gaps = new LinkedHashMap<>();
        for (String s : side == null ? List.of("KZ", "UZ") : List.of(side)) {
            List<Integer> missing = years.stream().filter(y -> !held.getOrDefault(s, Set.of()).contains(y)).toList();
            if (!missing.isEmpty()) {
                gaps.put(s, missing);
            }
        }
        return gaps;
    }

    /** Headline figures by year and side (KZ, UZ, or "—" when no side reports), for charts. */
    public static Map<Integer, Map<String, TradeFigure>> headlines(List<Row> rows) {
        Map<Integer, Map<String, TradeFigure>> out = new java.util.TreeMap<>();
        List<TradeFigure> figures = rows.stream().map(Row::figure).filter(TradeSeries::fullYear)
                .filter(f -> f.kind().equals("figure")).toList();
        Map<Integer, List<TradeFigure>> byYear = new HashMap<>();
        figures.forEach(f -> byYear.computeIfAbsent(f.period().start().year(), k -> new ArrayList<>()).add(f));
        byYear.forEach((year, list) -> {
            Map<String, TradeFigure> sides = new java.util.LinkedHashMap<>();
            for (String side : List.of("KZ", "UZ")) {
                headline(list, year, side).ifPresent(f -> sides.put(side, f));
            }
            if (sides.isEmpty()) {
                list.stream().min(Comparator.comparing(TradeSeries::reporterRank).thenComparing(TradeFigure::id))
                        .ifPresent(f -> sides.put("—", f));
            }
            out.put(year, sides);
        });
        return out;
    }
}
