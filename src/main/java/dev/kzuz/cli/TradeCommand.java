package dev.kzuz.cli;

import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.query.TradeSeries;
import dev.kzuz.render.Format;
import dev.kzuz.render.TradeTable;
import dev.kzuz.render.TradeChart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "trade",
        header = "Kazakhstan–Uzbekistan trade by year and reporter, with growth and the gap between the two sides' figures.",
        description = "Full-year figures by default; --partial adds part-year ones, --targets the stated goals. --chart draws bars in the terminal; --format svg or --chart-out FILE.svg|FILE.png makes an image for an essay.")
final class TradeCommand extends BaseCommand {
    @Option(names = "--since", paramLabel = "YEAR", converter = Converters.DateConverter.class, description = "From this year.")
    PartialDate since;

    @Option(names = "--until", paramLabel = "YEAR", converter = Converters.DateConverter.class, description = "Up to this year.")
    PartialDate until;

    @Option(names = "--reporter", paramLabel = "SIDE", completionCandidates = Candidates.Reporters.class, description = "kz, uz or all (default: all, media included).")
    String reporter = "all";

    @Option(names = "--partial", description = "Also part-year figures (Jan–Sep, Q1…).")
    boolean partial;

    @Option(names = "--targets", description = "Also the stated targets ($10 bn and earlier ones).")
    boolean targets;

    @Option(names = "--chart", description = "A bar chart in the terminal instead of a table.")
    boolean chart;

    @Option(names = "--chart-out", paramLabel = "FILE", description = "Write the chart to FILE.svg or FILE.png.")
    Path chartOut;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Candidates.TradeFormats.class, description = "table, md, json, csv, or svg (the chart) (default: table on a terminal, md when piped).")
    String format;

    @Override
    protected ExitCode run() {
        String side = switch (reporter.toLowerCase(Locale.ROOT)) {
            case "kz" -> "KZ";
            case "uz" -> "UZ";
            case "all" -> null;
            default -> throw new ParameterException(spec.commandLine(), "--reporter: '" + reporter + "' is not kz, uz or all");
        };
        if (since != null && until != null && until.latest().isBefore(since.earliest())) {
            throw new ParameterException(spec.commandLine(), "--until " + until + " is before --since " + since);
        }
        if (chartOut != null && !chartOut.toString().endsWith(".svg") && !chartOut.toString().endsWith(".png")) {
            throw new ParameterException(spec.commandLine(), "--chart-out: the file must end in .svg or .png");
        }
        KnowledgeBase kb = kb();
        List<TradeSeries.Row> rows = TradeSeries.rows(kb, new TradeSeries.Query(since, until, side, partial, targets));
        var headlines = TradeSeries.headlines(rows);
        List<TradeFigure> goals = rows.stream().map(TradeSeries.Row::figure).filter(f -> f.kind().equals("target")).toList();
        if (chartOut != null) {
            writeImage(headlines, goals);
        }
        if ("svg".equalsIgnoreCase(format)) {
            out().print(dev.kzuz.render.chart.TradeChartImage.svg(headlines, goals, options.lang));
        } else if (chart) {
            TradeChart.write(headlines, goals, options.lang, root.app().terminal().width(), out());
        } else if (chartOut == null || format != null) {
            table(rows);
        }
        return ExitCode.OK;
    }

    private void writeImage(Map<Integer, Map<String, TradeFigure>> headlines, List<TradeFigure> goals) {
        try {
            if (chartOut.toString().endsWith(".svg")) {
                Files.writeString(chartOut, dev.kzuz.render.chart.TradeChartImage.svg(headlines, goals, options.lang), StandardCharsets.UTF_8);
            } else {
                Files.write(chartOut, dev.kzuz.render.chart.TradeChartImage.png(headlines, goals, options.lang));
            }
            err().println("kzuz: chart written to " + chartOut);
        } catch (IOException e) {
            throw new KzuzException(ExitCode.USAGE, "--chart-out: cannot write " + chartOut + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void table(List<TradeSeries.Row> rows) {
        Format f;
        try {
            f = format == null ? (root.app().terminal().stdoutIsTerminal() ? Format.TABLE : Format.MD)
                    : new Converters.FormatConverter().convert(format);
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new ParameterException(spec.commandLine(), "'" + format + "' is not a trade format: table, md, json, csv or svg");
        }
        f.renderer(f == Format.TABLE ? root.app().terminal().width() : 0)
                .rows(TradeTable.view(rows, options.lang, f == Format.TABLE), out());
    }
}
