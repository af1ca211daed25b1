package dev.kzuz.cli;

import dev.kzuz.cite.StyledReferences;
import dev.kzuz.cite.Style;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.query.Suggestions;
import dev.kzuz.render.CiteText;
import dev.kzuz.render.MarkdownRenderer;
import dev.kzuz.render.Projection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class CiteCommand extends BaseCommand {
    private final Arg<List<String>> idsArg = new Arg<>(new ArrayList<>());
    private final Arg<Style> styleArg = new Arg<>(null);
    private final Arg<Boolean> pandocArg = new Arg<>(false);

    CiteCommand() {
        super("cite");
        spec.addPositional(Model.parameter("1..*", "ID", idsArg).completionCandidates(new Candidates.CitableIds()).build());
        spec.addOption(OutputOptions.styleOption(styleArg));
        spec.addOption(Model.flag("--pandoc", pandocArg).build());
        draft = new DraftOutput(spec);
    }

    @Override
    protected ExitCode run() {
        boolean pandoc = pandocArg.value();
        if (pandoc && draft.numbered()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pandoc and --numbered cite in two different ways; choose one");
        }
        KnowledgeBase kb = kb();
        List<KbRecord> records = new ArrayList<>();
        for (String raw : idsArg.value()) {
            String id = raw.strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "an id is empty");
            }
            KbRecord r = kb.get(id).filter(x -> x.type() != RecordType.SOURCE && x.type() != RecordType.PLACE)
                    .orElseThrow(() -> notFound(kb, id));
            records.add(r);
        }
        CiteText.Marks marks = pandoc ? CiteText.Marks.PANDOC : CiteText.Marks.FOOTNOTES;
        List<String> paragraphs = records.stream().map(r -> CiteText.sentence(r, options.lang(), kb, marks)).toList();
        List<Source> sources = Projection.sources(records, kb);
        Map<String, String> references = pandoc ? Map.of()
                : StyledReferences.render(sources, OutputOptions.styleFor(styleArg.value(), options.lang()), options.lang(), "text");
        StringBuilder markdown = new StringBuilder();
        for (String p : paragraphs) {
            markdown.append(p).append("\n\n");
        }
        for (Source s : pandoc ? List.<Source>of() : sources) {
            markdown.append(MarkdownRenderer.footnote(s.id(), references.get(s.id()))).append('\n');
        }
        out().print(markdown);
        return ExitCode.OK;
    }

    private KzuzException notFound(KnowledgeBase kb, String id) {
        List<KbRecord> citable = new ArrayList<>();
        for (RecordType t : List.of(RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION, RecordType.TRADE, RecordType.CLAIM)) {
            citable.addAll(kb.ofType(t));
        }
        List<KbRecord> near = Suggestions.nearest(id, citable, 3);
        return new KzuzException(ExitCode.NOT_FOUND, "no record '" + id + "' to cite"
                + (near.isEmpty() ? "" : " — did you mean " + String.join(" or ", near.stream().map(r -> "'" + r.id() + "'").toList()) + "?"));
    }
}
