package dev.kzuz.cli;

import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.Timeline;
import dev.kzuz.query.DateText;
import dev.kzuz.render.Format;
import dev.kzuz.render.Projection;
import dev.kzuz.render.RowsView;
import dev.kzuz.render.TimelineStrip;
import dev.kzuz.render.TimelineText;
import dev.kzuz.render.chart.TimelinePicture;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.ParameterException;

final class TimelineCommand extends RenderingCommand {
    private final DatedListOptions filters;
    private final Arg<List<RecordType>> typesArg = new Arg<>(new ArrayList<>());

    private final ChartOutput chart;

    TimelineCommand() {
        super("timeline", FormatOption.DRAWN);
        filters = new DatedListOptions(spec);
        spec.addOption(Model.list("--type", "TYPE", RecordType.class, typesArg)
                .splitRegex(",").converters(new Converters.TimelineTypeConverter()).completionCandidates(new Candidates.TimelineTypes()).build());
        chart = new ChartOutput(spec);
    }

    @Override
    protected ExitCode run() {
        List<RecordType> types = typesArg.value();
        if (filters.kind() != null) {
            throw new ParameterException(spec.commandLine(), "--kind is for treaties and events; use --type with timeline");
        }
        Set<RecordType> chosen = types.isEmpty() ? EnumSet.of(RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION)
                : EnumSet.copyOf(types);
        KnowledgeBase kb = kb();
        List<Timeline.Item> items;
        try {
            items = Timeline.of(kb, filters.since(), filters.until(), Set.copyOf(filters.parties()), chosen);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (filters.since() != null && filters.until() != null && filters.until().latest().isBefore(filters.since().earliest())) {
            throw new ParameterException(spec.commandLine(), "--until " + filters.until() + " is before --since " + filters.since());
        }
        chart.check();
        if (chart.asked(output.format()) && chart.draw(output.format(), picture(items, kb), options.lang(), out(), err())) {
            return ExitCode.OK;
        }
        if (chart.inTerminal()) {
            TimelineStrip.write(items, options.lang(), root.app().terminal().width(), out());
            return ExitCode.OK;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Timeline.Item item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            String date = DateText.format(item.date(), options.lang());
            String text = TimelineText.text(item, options.lang());
            String place = TimelineText.place(item, kb, options.lang());
            row.put("date", item.date().toString());
            row.put("when", date);
            row.put("type", item.record().type().noun());
            row.put("event", text);
            row.put("place", place);
            row.put("id", item.record().id());
            row.put("line", TimelineText.line(date, text, place));
            if (output.cite()) {
                // A line states the record's own values: the sources that back them, as cite's sentence does.
                row.put("sources", String.join(", ", kb.ranked(item.sources())));
            }
            rows.add(row);
        }
        List<String> keys = format() == Format.JSON || format() == Format.CSV
                ? List.of("date", "type", "event", "place", "id") : List.of("when", "event", "place", "id");
        RowsView view = new RowsView(keys, rows, options.lang(), "line");
        Map<String, String> references = footnotes(records(items), kb);
        renderer().rows(references == null ? view : view.citing(references), out());
        return ExitCode.OK;
    }

    /** The timeline's picture, its caption citing the records drawn. */
    private TimelinePicture picture(List<Timeline.Item> items, KnowledgeBase kb) {
        return new TimelinePicture(items, options.lang(), OutputOptions.caption(records(items), kb, output.style(), options.lang()),
                filters.since(), filters.until());
    }

    /** The items' records, each once, in order. */
    private static java.util.Collection<dev.kzuz.model.KbRecord> records(List<Timeline.Item> items) {
        // By id: a record's own hashCode would walk all its fields (and on JDK 25 starts a stream).
        Map<String, dev.kzuz.model.KbRecord> records = new java.util.LinkedHashMap<>();
        for (Timeline.Item item : items) {
            records.putIfAbsent(item.record().id(), item.record());
        }
        return records.values();
    }
}
