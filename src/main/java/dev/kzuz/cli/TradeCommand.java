package dev.kzuz.cli;

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
import dev.kzuz.render.chart.TradePicture;
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
    private final Arg<String> formatArg = new Arg<>(null);
    private final Arg<Boolean> citeArg = new Arg<>(false);
    private final Arg<dev.kzuz.cite.Style> styleArg = new Arg<>(null);
    private final ChartOutput chart;
    private String format;

    TradeCommand() {
        super("trade");
        spec.addOption(Model.option("--since", "YEAR", PartialDate.class, sinceArg).converters(new Converters.DateConverter()).build());
        spec.addOption(Model.option("--until", "YEAR", PartialDate.class, untilArg).converters(new Converters.DateConverter()).build());
        spec.addOption(Model.option("--reporter", "SIDE", String.class, reporterArg)
                .completionCandidates(new Candidates.Reporters()).build());
        spec.addOption(Model.flag("--partial", partialArg).build());
        spec.addOption(Model.flag("--targets", targetsArg).build());
        chart = new ChartOutput(spec);
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
        chart.check();
        KnowledgeBase kb = kb();
        List<TradeSeries.Row> rows = TradeSeries.rows(kb, new TradeSeries.Query(since, until, side, partialArg.value(), targetsArg.value()));
        var headlines = TradeSeries.headlines(rows);
        List<TradeFigure> goals = rows.stream().map(TradeSeries.Row::figure).filter(f -> f.kind().equals("target")).toList();
        Format asked = format == null ? null : FormatOption.TRADE.find(format);
        boolean svg = asked == Format.SVG;
        // Every option is checked before the chart file is written: a bad --format writes nothing.
        Format tableFormat = !svg && !chart.inTerminal() && (chart.file() == null || format != null) ? tableFormat(asked) : null;
        TradePicture picture = svg || chart.file() != null ? picture(headlines, goals, kb) : null;
        if (chart.file() != null) {
            chart.write(picture, options.lang(), err());
        }
        if (svg) {
            out().print(chart.svg(picture));
        } else if (chart.inTerminal()) {
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

    /** The picture, its caption citing the figures drawn. */
    private TradePicture picture(Map<Integer, Map<String, TradeFigure>> headlines, List<TradeFigure> goals, KnowledgeBase kb) {
        List<TradeFigure> drawn = new java.util.ArrayList<>();
        headlines.values().forEach(sides -> drawn.addAll(sides.values()));
        drawn.addAll(goals);
        return new TradePicture(headlines, goals, options.lang(), OutputOptions.caption(drawn, kb, styleArg.value(), options.lang()));
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
