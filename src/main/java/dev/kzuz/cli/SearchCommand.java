package dev.kzuz.cli;

import dev.kzuz.render.Labels;
import dev.kzuz.render.Coded;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.Search;
import dev.kzuz.render.Projection;
import dev.kzuz.render.RowsView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;
import java.util.Set;
import picocli.CommandLine.ParameterException;

final class SearchCommand extends RenderingCommand {
    private final Arg<List<String>> text = new Arg<>(new ArrayList<>());
    private final Arg<List<RecordType>> types = new Arg<>(new ArrayList<>());
    private final Arg<Integer> limitArg = new Arg<>(10);

    SearchCommand() {
        super("search");
        spec.addPositional(Model.parameter("1..*", "TEXT", text).build());
        spec.addOption(Model.list("--type", "TYPE", RecordType.class, types)
                .splitRegex(",").converters(new Converters.TypeConverter()).completionCandidates(new Candidates.Types()).build());
        spec.addOption(Model.option("--limit", "N", int.class, limitArg)
                .converters(new Converters.CountConverter()).build());
    }

    @Override
    protected ExitCode run() {
        int limit = limitArg.value();
        if (limit < 1 || limit > 1000) {
            throw new ParameterException(spec.commandLine(), "--limit must be between 1 and 1000, not " + limit);
        }
        String query = String.join(" ", text.value());
        if (query.isBlank()) {
            throw new ParameterException(spec.commandLine(), "give some text to search for");
        }
        Set<RecordType> chosen = types.value().isEmpty() ? EnumSet.complementOf(EnumSet.of(RecordType.PLACE)) : EnumSet.copyOf(types.value());
        var kb = kb();
        List<Search.Hit> hits = root.app().search(layers(), kb).run(query, chosen, limit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Search.Hit h : hits) {
            KbRecord r = h.record();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            Lang lang = options.lang();
            row.put("type", new Coded(r.type().noun(), Labels.get("type." + r.type().name().toLowerCase(java.util.Locale.ROOT), lang)));
            row.put("date", date(r));
            row.put("title", Projection.title(r, options.lang()));
            row.put("matched", new Coded(h.field(), matched(h.field(), lang)));
            row.put("score", java.math.BigDecimal.valueOf(Math.round(h.score() * 100) / 100.0));
            rows.add(row);
        }
        renderer().rows(new RowsView(List.of("id", "type", "date", "title", "matched", "score"), rows, options.lang()), out());
        return ExitCode.OK;
    }

    /** The field a hit was found in, as a label: "Атауы (kk)" for "title.kk". */
    private static String matched(String field, Lang lang) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            return Labels.field(field, lang);
        }
        return Catalogue.of(lang).fill("search.matched.language", "field", Labels.field(field.substring(0, dot), lang),
                "lang", field.substring(dot + 1));
    }

    private static String date(KbRecord r) {
        return r.when() == null ? "" : r.when().toString();
    }

}
