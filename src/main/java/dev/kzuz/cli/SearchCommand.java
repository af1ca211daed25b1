package dev.kzuz.cli;

import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.query.Search;
import dev.kzuz.render.Projection;
import dev.kzuz.render.RowsView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

@Command(name = "search",
        header = "Find records by any spelling — Kazakh, Russian, English or Uzbek, Cyrillic or Latin, with typos.",
        description = "Searches ids, titles, other names, places, parties and summaries; best first, with the field that matched. A year in the query ranks that year's records first.")
final class SearchCommand extends RenderingCommand {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for (several words are one query).")
    List<String> text;

    @Option(names = "--type", paramLabel = "TYPE", split = ",", converter = Converters.TypeConverter.class, completionCandidates = Candidates.Types.class,
            description = "Only these types: treaty, event, institution, trade, source, claim (default: all).")
    List<RecordType> types = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", converter = Converters.CountConverter.class, description = "At most N results (default: 10).")
    int limit = 10;

    @Override
    protected ExitCode run() {
        if (limit < 1 || limit > 1000) {
            throw new ParameterException(spec.commandLine(), "--limit must be between 1 and 1000, not " + limit);
        }
        String query = String.join(" ", text);
        if (query.isBlank()) {
            throw new ParameterException(spec.commandLine(), "give some text to search for");
        }
        Set<RecordType> chosen = types.isEmpty() ? EnumSet.complementOf(EnumSet.of(RecordType.PLACE)) : EnumSet.copyOf(types);
        var kb = kb();
        List<Search.Hit> hits = root.app().search(layers(), kb).run(query, chosen, limit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Search.Hit h : hits) {
            KbRecord r = h.record();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("type", r.type().noun());
            row.put("date", date(r));
            row.put("title", Projection.title(r, options.lang));
            row.put("matched", h.field());
            row.put("score", Math.round(h.score() * 100) / 100.0);
            rows.add(row);
        }
        renderer().rows(new RowsView(List.of("id", "type", "date", "title", "matched", "score"), rows, options.lang), out());
        return ExitCode.OK;
    }

    private static String date(KbRecord r) {
        if (r instanceof DatedRecord d) {
            return d.date().toString();
        }
        if (r instanceof TradeFigure t && t.period() != null) {
            return t.period().toString();
        }
        return "";
    }

}
