package dev.kzuz.cli;

import dev.kzuz.io.AtomicFile;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.query.TradeSeries;
import dev.kzuz.model.Catalogue;
import dev.kzuz.query.TradeText;
import dev.kzuz.render.Format;
import dev.kzuz.render.RowsView;
import dev.kzuz.render.Text;
import dev.kzuz.render.TradeTable;
import dev.kzuz.render.TradeChart;
import dev.kzuz.render.chart.TradeChartImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ParameterException;

final class TradeCommand extends BaseCommand {
    private final Arg<PartialDate> sinceArg = new Arg<>(null);
    private final Arg<PartialDate> untilArg = new Arg<>(null);
    private final Arg<String> reporterArg = new Arg<>("all");
    private final Arg<Boolean> partialArg = new Arg<>(false);
    private final Arg<Boolean> targetsArg = new Arg<>(false);
    private final Arg<Boolean> chartArg = new Arg<>(false);
    private final Arg<Path> chartOutArg = new Arg<>(null);
    private final Arg<String> formatArg = new Arg<>(null);
    private final Arg<Boolean> citeArg = new Arg<>(false);
    private final Arg<dev.kzuz.cite.Style> styleArg = new Arg<>(null);
    private Path chartOut;
    private String format;

    TradeCommand() {
        super("trade");
        spec.addOption(Model.option("--since", "YEAR", PartialDate.class, sinceArg).converters(new Converters.DateConverter()).build());
        spec.addOption(Model.option("--until", "YEAR", PartialDate.class, untilArg).converters(new Converters.DateConverter()).build());
        spec.addOption(Model.option("--reporter", "SIDE", String.class, reporterArg)
                .completionCandidates(new Candidates.Reporters()).build());
        spec.addOption(Model.flag("--partial", partialArg).build());
        spec.addOption(Model.flag("--targets", targetsArg).build());
        spec.addOption(Model.flag("--chart", chartArg).build());
        spec.addOption(Model.option("--chart-out", "FILE", Path.class, chartOutArg).build());
        spec.addOption(Model.option("--format", "FORMAT", String.class, formatArg)
                .completionCandidates(FormatOption.TRADE.words()).build());
        spec.addOption(Model.flag("--cite", citeArg).build());
        spec.addOption(OutputOptions.styleOption(styleArg));
        draft = new DraftOutput(spec);
    }

    @Override
    protected ExitCode run() {
        PartialDate since = sinceArg.value();
        PartialDate until = untilArg.value();
        String reporter = reporterArg.value();
        chartOut = chartOutArg.value();
        format = formatArg.value();
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
        if (chartOut != null) {
            OutputFile.check("--chart-out", chartOut);
        }
        KnowledgeBase kb = kb();
        List<TradeSeries.Row> rows = TradeSeries.rows(kb, new TradeSeries.Query(since, until, side, partialArg.value(), targetsArg.value()));
        var headlines = TradeSeries.headlines(rows);
        List<TradeFigure> goals = rows.stream().map(TradeSeries.Row::figure).filter(f -> f.kind().equals("target")).toList();
        Format asked = format == null ? null : FormatOption.TRADE.find(format);
        boolean svg = asked == Format.SVG;
        // Every option is checked before the chart file is written: a bad --format writes nothing.
        Format tableFormat = !svg && !chartArg.value() && (chartOut == null || format != null) ? tableFormat(asked) : null;
        if (chartOut != null) {
            writeImage(headlines, goals);
        }
        if (svg) {
            out().print(TradeChartImage.svg(headlines, goals, options.lang()));
        } else if (chartArg.value()) {
            TradeChart.write(headlines, goals, options.lang(), root.app().terminal().width(), out());
        } else if (tableFormat != null) {
            RowsView view = TradeTable.view(rows, options.lang(), tableFormat == Format.TABLE);
            if (citeArg.value() || draft.active()) {
                view = view.citing(OutputOptions.references(rows.stream().map(TradeSeries.Row::figure).toList(), kb, styleArg.value(),
                        options.lang()));
            }
            tableFormat.renderer(tableFormat == Format.TABLE ? root.app().terminal().width() : 0).rows(view, out());
            Catalogue words = Catalogue.of(options.lang());
            // Beside what the reader sees; a draft written --into reports only what it added (or one error line).
            (draft.active() ? Map.<String, List<Integer>>of() : TradeSeries.statisticsGaps(rows, side)).forEach((country, years) -> err().println("kzuz: " + words.fill("trade.gap.statistics",
                    "country", words.has("country.gen." + country) ? words.get("country.gen." + country) : country,
                    "years", TradeText.years(years))));
        }
        return ExitCode.OK;
    }

    private void writeImage(Map<Integer, Map<String, TradeFigure>> headlines, List<TradeFigure> goals) {
        byte[] image = chartOut.toString().endsWith(".svg")
                ? TradeChartImage.svg(headlines, goals, options.lang()).getBytes(StandardCharsets.UTF_8)
                : TradeChartImage.png(headlines, goals, options.lang());
        try {
            AtomicFile.replace(chartOut, out -> out.write(image));
        } catch (IOException e) {
            throw OutputFile.cannotWrite("--chart-out", chartOut, e);
        }
        err().println("kzuz: chart written to " + Text.oneLine(chartOut.toString()));
    }

    /** The format of the table ({@code asked}: what --format named, null when it is no trade format). */
    private Format tableFormat(Format asked) {
        if (citeArg.value() || draft.active()) {
            if (asked != null && asked != Format.MD) {
                throw new ParameterException(spec.commandLine(), (draft.active() ? "--into and --numbered write" : "--cite needs")
                        + " Markdown (--format md), not " + format);
            }
            return Format.MD;
        }
        if (format == null) {
            return root.app().terminal().stdoutIsTerminal() ? Format.TABLE : Format.MD;
        }
        if (asked == null) {
            throw new ParameterException(spec.commandLine(), FormatOption.TRADE.notTaken(format));
        }
        return asked;
    }
}
