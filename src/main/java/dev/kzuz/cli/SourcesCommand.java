package dev.kzuz.cli;

import dev.kzuz.cite.Exports;
import dev.kzuz.cite.StyledReferences;
import dev.kzuz.cite.Style;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.query.Suggestions;
import dev.kzuz.render.Format;
import dev.kzuz.render.MarkdownRenderer;
import dev.kzuz.render.Projection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

final class SourcesCommand extends BaseCommand {
    private final Arg<List<String>> idsArg = new Arg<>(new ArrayList<>());
    private final Arg<Format> formatArg = new Arg<>(Format.MD);
    private final Arg<Style> styleArg = new Arg<>(null);

    SourcesCommand() {
        super("sources");
        spec.addPositional(Model.parameter("0..*", "ID", idsArg).completionCandidates(new Candidates.AnyIds()).build());
        spec.addOption(Model.option("--format", "FORMAT", Format.class, formatArg)
                .converters(FormatOption.SOURCES).completionCandidates(FormatOption.SOURCES.words()).build());
        spec.addOption(OutputOptions.styleOption(styleArg));
    }

    @Override
    protected ExitCode run() {
        KnowledgeBase kb = kb();
        List<Source> sources = select(kb);
        String text = switch (formatArg.value()) {
            case BIBTEX -> Exports.bibtex(sources, options.lang());
            case CSL_JSON -> Exports.cslJson(sources, options.lang());
            case CSL_YAML -> Exports.cslYaml(sources, options.lang());
            case RIS -> Exports.ris(sources, options.lang());
            case MD -> markdown(sources);
            case TABLE, JSON, CSV, SVG, TEXT -> throw new IllegalStateException("not a bibliography format: " + formatArg.value());
        };
        out().print(text);
        return ExitCode.OK;
    }

    private List<Source> select(KnowledgeBase kb) {
        if (idsArg.value().isEmpty()) {
            return kb.ofType(RecordType.SOURCE, Source.class);
        }
        Set<Source> chosen = new LinkedHashSet<>();
        for (String raw : idsArg.value()) {
            String id = raw.strip().toLowerCase(Locale.ROOT);
            KbRecord r = kb.get(id).orElseThrow(() -> {
                List<KbRecord> near = Suggestions.nearest(id, new ArrayList<>(kb.all()), 3);
                return new KzuzException(ExitCode.NOT_FOUND, "no source or record '" + id + "'"
                        + (near.isEmpty() ? "" : " — did you mean " + String.join(" or ", near.stream().map(x -> "'" + x.id() + "'").toList()) + "?"));
            });
            if (r instanceof Source s) {
                chosen.add(s);
            } else {
                chosen.addAll(Projection.sources(List.of(r), kb));
            }
        }
        return List.copyOf(chosen);
    }

    private String markdown(List<Source> sources) {
        Style chosen = OutputOptions.styleFor(styleArg.value(), options.lang());
        List<String> entries = StyledReferences.bibliography(sources, chosen, options.lang());
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String entry : entries) {
            b.append(chosen.numbered() ? ++n + ". " : "- ").append(MarkdownRenderer.cellText(entry)).append('\n');
        }
        return b.toString();
    }
}
