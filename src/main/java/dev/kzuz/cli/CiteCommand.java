package dev.kzuz.cli;

import dev.kzuz.cite.StyledReferences;
import dev.kzuz.cite.Style;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.query.Suggestions;
import dev.kzuz.render.CiteText;
import dev.kzuz.render.DraftText;
import dev.kzuz.render.Text;
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
    private final Arg<List<String>> pagesArg = new Arg<>(new ArrayList<>());

    CiteCommand() {
        super("cite");
        spec.addPositional(Model.parameter("1..*", "ID", idsArg).completionCandidates(new Candidates.CitableIds()).build());
        spec.addOption(OutputOptions.styleOption(styleArg));
        spec.addOption(Model.flag("--pandoc", pandocArg).build());
        spec.addOption(Model.list("--page", "SOURCE=PAGE", String.class, pagesArg).build());
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
        Map<String, String> pages = pages(sources);
        StringBuilder markdown = new StringBuilder();
        for (String p : paragraphs) {
            markdown.append(withPages(p, pages, pandoc)).append("\n\n");
        }
        for (Source s : pandoc ? List.<Source>of() : sources) {
            markdown.append(MarkdownRenderer.footnote(s.id(), references.get(s.id()))).append('\n');
        }
        // A page makes footnotes of its own ("[^id@45]"), defined from the source's reference.
        out().print(pages.isEmpty() || pandoc || draft.active() ? markdown
                : DraftText.withFootnotes("", DraftText.Addition.of(markdown.toString()), options.lang()).text());
        return ExitCode.OK;
    }

    /** --page SOURCE=PAGE, each naming a source of the records cited. */
    private Map<String, String> pages(List<Source> sources) {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        List<String> ids = sources.stream().map(Source::id).toList();
        for (String raw : pagesArg.value()) {
            int eq = raw.indexOf('=');
            String id = eq < 0 ? "" : raw.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String page = eq < 0 ? "" : raw.substring(eq + 1).strip();
            if (id.isEmpty() || page.isEmpty() || !page.matches("[\\p{L}\\p{N}.,–-]+")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--page: '" + Text.oneLine(raw) + "' is not SOURCE=PAGE (e.g. tokayev-2000=45 or adilet-z970000164=2-3)");
            }
            if (!ids.contains(id)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--page: '" + Text.oneLine(id)
                        + "' is not a source of what is cited; its sources are " + String.join(", ", ids));
            }
            pages.put(id, page.replace('-', '–'));
        }
        return pages;
    }

    /** The sentence with a page beside each mark of a source that has one: "[^id@45]", or pandoc's "@id, 45". */
    private static String withPages(String sentence, Map<String, String> pages, boolean pandoc) {
        String out = sentence;
        for (Map.Entry<String, String> p : pages.entrySet()) {
            out = pandoc ? out.replaceAll("@" + java.util.regex.Pattern.quote(p.getKey()) + "(?=[;\\]])", "@" + p.getKey() + ", " + p.getValue())
                    : out.replace("[^" + p.getKey() + "]", "[^" + p.getKey() + "@" + p.getValue() + "]");
        }
        return out;
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
