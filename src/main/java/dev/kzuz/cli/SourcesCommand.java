package dev.kzuz.cli;

import dev.kzuz.cite.Exports;
import dev.kzuz.cite.References;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.query.Suggestions;
import dev.kzuz.render.MarkdownRenderer;
import dev.kzuz.render.Projection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sources",
        header = "The bibliography: all sources, or those of the records named, styled or exported for pandoc, Zotero and LaTeX.")
final class SourcesCommand extends BaseCommand {
    @Parameters(arity = "0..*", paramLabel = "ID", completionCandidates = Candidates.AnyIds.class, description = "Source ids, or ids of records whose sources to list (default: every source).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.ExportConverter.class, completionCandidates = Candidates.BibFormats.class,
            description = "md (a styled list), bibtex, csl-json, csl-yaml, ris (default: md).")
    Exports.Format format = Exports.Format.MD;

    @Option(names = "--style", paramLabel = "STYLE", converter = Converters.StyleConverter.class, completionCandidates = Candidates.Styles.class,
            description = "Citation style for md: gost, apa, chicago (default: gost with --lang kk or ru, apa with en).")
    dev.kzuz.cite.Style style;

    @Override
    protected ExitCode run() {
        KnowledgeBase kb = kb();
        List<Source> sources = select(kb);
        String text = switch (format) {
            case BIBTEX -> Exports.bibtex(sources);
            case CSL_JSON -> Exports.cslJson(sources);
            case CSL_YAML -> Exports.cslYaml(sources);
            case RIS -> Exports.ris(sources);
            case MD -> markdown(sources);
        };
        out().print(text);
        return ExitCode.OK;
    }

    private List<Source> select(KnowledgeBase kb) {
        if (ids.isEmpty()) {
            return kb.ofType(RecordType.SOURCE, Source.class);
        }
        Set<Source> chosen = new LinkedHashSet<>();
        for (String raw : ids) {
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
        dev.kzuz.cite.Style chosen = OutputOptions.styleFor(style, options.lang);
        List<String> entries = References.bibliography(sources, chosen, options.lang);
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String entry : entries) {
            // GOST numbers its list; APA and Chicago sort by author and do not.
            b.append(chosen == dev.kzuz.cite.Style.GOST ? ++n + ". " : "- ").append(MarkdownRenderer.cellText(entry)).append('\n');
        }
        return b.toString();
    }
}
