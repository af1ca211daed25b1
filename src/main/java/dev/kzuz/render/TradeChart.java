package dev.kzuz.render;

import dev.kzuz.query.DateText;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.model.TradeFigure;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trade series as a bar chart in the terminal: one bar per year, two where the Kazakh and
 * Uzbek figures differ, drawn with Unicode blocks in eighths and fitted to the width.
 */
public final class TradeChart {
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    private TradeChart() {
    }

    public static String title(Lang lang) {
        return Catalogue.of(lang).get("chart.title");
    }

    public static String sourcesLabel(Lang lang) {
        return Labels.get("sources", lang);
    }

    /** Bars by year and side, from the headline figure of each side. */
    public static void write(Map<Integer, Map<String, TradeFigure>> headlines, List<TradeFigure> targets, Lang lang, int width,
                             PrintWriter out) {
        out.print(title(lang) + "\n\n");
        if (headlines.isEmpty()) {
            out.print(Labels.get("no_records", lang) + "\n");
            return;
        }
        BigDecimal max = BigDecimal.ONE;
        List<String[]> bars = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Map.Entry<Integer, Map<String, TradeFigure>> year : headlines.entrySet()) {
            Map<String, TradeFigure> sides = year.getValue();
            boolean differ = sides.size() > 1
                    && sides.values().stream().map(f -> f.turnover().stripTrailingZeros()).distinct().count() > 1;
            for (Map.Entry<String, TradeFigure> side : sides.entrySet()) {
                if (!differ && !bars.isEmpty() && bars.get(bars.size() - 1)[0].startsWith(String.valueOf(year.getKey()))) {
                    continue; // both sides agree: one bar
                }
                TradeFigure f = side.getValue();
                String label = year.getKey() + " " + (differ || sides.size() == 1 ? side.getKey() : "KZ=UZ");
                bars.add(new String[] {label, Projection.money(f.turnover(), f, lang)});
                values.add(f.turnover());
                max = max.max(f.turnover());
                sources.addAll(f.provenance().sources());
            }
        }
        int labelWidth = bars.stream().mapToInt(b -> b[0].length()).max().orElse(0);
        int valueWidth = bars.stream().mapToInt(b -> b[1].length()).max().orElse(0);
        int barWidth = Math.max(10, width - labelWidth - valueWidth - 4);
        for (int i = 0; i < bars.size(); i++) {
            String bar = bar(values.get(i), max, barWidth);
            out.print(pad(bars.get(i)[0], labelWidth) + "  " + pad(bar, barWidth) + "  " + bars.get(i)[1] + "\n");
        }
        if (!targets.isEmpty()) {
            out.print("\n");
            for (TradeFigure t : targets) {
                if (t.turnover() != null) {
                    out.print(targetLabel(t, lang) + "\n");
                }
            }
        }
        for (String line : TableRenderer.wrap(sourcesLabel(lang) + ": " + Text.oneLine(String.join(", ", sources)), width)) {
            out.print((line.startsWith(sourcesLabel(lang)) ? "\n" : "") + line + "\n");
        }
    }

    /** A target as a sentence: "Target for Kazakhstan–Uzbekistan trade by 2030: $10 bn (set on 6 December 2021)". */
    public static String targetLabel(TradeFigure t, Lang lang) {
        return CiteText.targetSentence(t, lang);
    }

    /** Targets of one value, each with when it was set and for when: "Target: $10 bn (set in November 2020, by 2030; …)". */
    public static String targetsLabel(List<TradeFigure> targets, Lang lang) {
        TradeFigure first = targets.get(0);
        Catalogue w = Catalogue.of(lang);
        List<String> when = new ArrayList<>();
        for (TradeFigure t : targets) {
            String set = t.set() == null ? "" : w.fill("cite.trade.target.set", "at", DateText.format(t.set(), lang, DateText.Form.AT)).strip();
            String by = t.period() == null ? "" : w.fill("cite.trade.target.period", "year", String.valueOf(t.period().end().year())).strip();
            when.add(String.join(" ", List.of(by, set)).strip());
        }
        return Labels.get("target", lang) + ": " + Projection.money(first.turnover(), first, lang) + " — " + String.join("; ", when);
    }

    /** A bar {@code value/max} of {@code width} cells, in eighths of a cell. */
    static String bar(BigDecimal value, BigDecimal max, int width) {
        int eighths = value.multiply(BigDecimal.valueOf(width * 8L)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        return "█".repeat(eighths / 8) + EIGHTHS[eighths % 8];
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.codePointCount(0, s.length())));
    }
}
