package dev.kzuz.render.chart;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.render.TradeChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The trade series as an image for an essay (SVG or PNG), drawn by JFreeChart: one bar per year
 * and side, title and axes in the chosen language, targets as lines, sources in a caption.
 * Only the trade command loads this class, so no other command pays for the charting library.
 */
public final class TradeChartImage {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private TradeChartImage() {
    }

    static JFreeChart chart(Map<Integer, Map<String, TradeFigure>> headlines, List<TradeFigure> targets, Lang lang) {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> sources = new LinkedHashSet<>();
        headlines.forEach((year, sides) -> sides.forEach((side, f) -> {
            data.addValue(f.turnover().divide(BILLION).doubleValue(), side, String.valueOf(year));
            sources.addAll(f.provenance().sources());
        }));
        NumberAxis values = new NumberAxis(axisValue(lang));
        double top = data.getRowCount() == 0 ? 1 : 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number v = data.getValue(r, c);
                top = v == null ? top : Math.max(top, v.doubleValue());
            }
        }
        for (TradeFigure t : targets) {
            if (t.turnover() != null) {
                top = Math.max(top, t.turnover().divide(BILLION).doubleValue());
            }
        }
        // Targets above the bars must still be on the chart.
        values.setRange(0, top * 1.12);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(axisYear(lang)), values, new BarRenderer());
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.0);
        // Each side keeps its colour whichever comes first in the data.
        java.util.Map<String, Color> colours = java.util.Map.of("KZ", new Color(0x1f77b4), "UZ", new Color(0xff7f0e), "—", new Color(0x7f7f7f));
        for (int r = 0; r < data.getRowCount(); r++) {
            bars.setSeriesPaint(r, colours.getOrDefault(String.valueOf(data.getRowKey(r)), Color.DARK_GRAY));
        }
        // One line per target value, however many times it was set.
        java.util.Map<BigDecimal, List<TradeFigure>> byValue = new java.util.TreeMap<>();
        targets.stream().filter(t -> t.turnover() != null)
                .forEach(t -> byValue.computeIfAbsent(t.turnover().stripTrailingZeros(), k -> new java.util.ArrayList<>()).add(t));
        byValue.forEach((value, set) -> {
            ValueMarker m = new ValueMarker(value.divide(BILLION).doubleValue(), new Color(0xd62728),
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            m.setLabel(TradeChart.targetsLabel(set, lang));
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(m);
        });
        JFreeChart chart = new JFreeChart(TradeChart.title(lang), new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle caption = new TextTitle(TradeChart.sourcesLabel(lang) + ": " + String.join(", ", sources),
                new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        caption.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        chart.addSubtitle(caption);
        chart.setElementHinting(true);
        return chart;
    }

    public static String svg(Map<Integer, Map<String, TradeFigure>> headlines, List<TradeFigure> targets, Lang lang) {
        JFreeChart chart = chart(headlines, targets, lang);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument() + "\n";
    }

    public static byte[] png(Map<Integer, Map<String, TradeFigure>> headlines, List<TradeFigure> targets, Lang lang) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart(headlines, targets, lang), WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axisYear(Lang lang) {
        return Catalogue.of(lang).get("chart.year");
    }

    private static String axisValue(Lang lang) {
        return Catalogue.of(lang).get("chart.value");
    }
}
