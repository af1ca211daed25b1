package dev.kzuz.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.render.Format;
import dev.kzuz.render.TradeTable;
import dev.kzuz.render.chart.Caption;
import dev.kzuz.render.chart.ChartSize;
import dev.kzuz.render.chart.Picture;
import dev.kzuz.render.chart.TradePicture;
import dev.kzuz.support.Golden;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The trade series over a frozen copy of real figures: growth, gaps, tables and the chart. */
class TradeSeriesTest {
    private static KnowledgeBase kb;
    private static List<TradeSeries.Row> rows;

    @BeforeAll
    static void load() {
        LoadResult r = KbLoader.load(List.of(KbSource.directory(Path.of("src/test/resources/trade-kb"))));
        assertThat(r.problems()).isEmpty();
        kb = r.kb();
        rows = TradeSeries.rows(kb, new TradeSeries.Query(null, null, null, false, true));
    }

    private static TradeSeries.Row row(String id) {
        return rows.stream().filter(r -> r.figure().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void growthIsComputedFromTheSameReportersPreviousYear() {
        // The Kazakh MFA: $703 m in 2006, $1.4 bn in 2007.
        assertThat(row("trade-2007-kz-mfa").computedGrowth()).isEqualByComparingTo(new BigDecimal("99.1"));
    }

    @Test
    void noGrowthAcrossAMissingYear() {
        // The same reporter gives 2007 and 2011, nothing for 2008-2010.
        assertThat(row("trade-2011-kz-mfa").computedGrowth()).isNull();
        assertThat(row("trade-2006-kz-mfa").computedGrowth()).as("no 2005 figure from the Kazakh MFA").isNull();
    }

    @Test
    void whenBothSidesReportAYearTheGapShows() {
        assertThat(row("trade-2022-uz-stat").gap()).isEqualByComparingTo(new BigDecimal("-400000000"));
        assertThat(row("trade-2022-kz-pm").gap()).isEqualByComparingTo(new BigDecimal("400000000"));
        assertThat(row("trade-2011-kz-mfa").gap()).isNull();
    }

    @Test
    void filtersBySideAndPeriodAndKeepsTargetsApart() {
        List<TradeSeries.Row> uz = TradeSeries.rows(kb, new TradeSeries.Query(null, null, "UZ", false, false));
        assertThat(uz).extracting(r -> r.figure().id()).containsExactly("trade-2007-uz-embassy", "trade-2022-uz-stat");
        List<TradeSeries.Row> noTargets = TradeSeries.rows(kb, new TradeSeries.Query(null, null, null, false, false));
        assertThat(noTargets).noneMatch(r -> r.figure().kind().equals("target"));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "CSV", "JSON"})
    void rendersAsTheGoldenFileSays(Format format) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        format.renderer(0).rows(TradeTable.view(rows, Lang.EN, false), w);
        w.flush();
        Golden.assertMatches(Path.of("src/test/resources/golden/trade." + format.toString()), s.toString());
    }

    @Test
    void theSvgChartIsXmlWithOneBarPerYearAndSide() throws Exception {
        Map<Integer, Map<String, TradeFigure>> headlines = TradeSeries.headlines(rows);
        List<TradeFigure> targets = rows.stream().map(TradeSeries.Row::figure).filter(f -> f.kind().equals("target")).toList();
        String svg = Picture.svg(new TradePicture(headlines, targets, Lang.RU, new Caption("Источники", List.of("A"), List.of("A"))),
                ChartSize.SCREEN);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        NodeList groups = doc.getElementsByTagName("g");
        Set<String> bars = new HashSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            String id = ((Element) groups.item(i)).getAttribute("id");
            if (id.startsWith("bar-")) {
                bars.add(id);
            }
        }
        int expected = headlines.values().stream().mapToInt(Map::size).sum();
        assertThat(bars).hasSize(expected);
        for (int year : headlines.keySet()) {
            assertThat(bars).anySatisfy(b -> assertThat(b).startsWith("bar-" + year + "-"));
        }
        assertThat(svg).contains("Товарооборот между Казахстаном и Узбекистаном", "Источники:", "Целевой показатель");
    }
}
