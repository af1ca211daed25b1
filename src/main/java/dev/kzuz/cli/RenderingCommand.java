package dev.kzuz.cli;

import dev.kzuz.cite.StyledReferences;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Source;
import dev.kzuz.render.Format;
import dev.kzuz.render.Projection;
import dev.kzuz.render.Renderer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ParameterException;

/** A command that shows records in a chosen format, optionally citing them as footnotes. */
abstract class RenderingCommand extends BaseCommand {
    final OutputOptions output;

    RenderingCommand(String name) {
        super(name);
        output = new OutputOptions(spec);
    }

    protected Format format() {
        return output.format() != null ? output.format()
                : root.app().terminal().stdoutIsTerminal() ? Format.TABLE : Format.MD;
    }

    protected Renderer renderer() {
        Format format = format();
        if (output.cite() && format != Format.MD) {
            throw new ParameterException(spec.commandLine(), "--cite needs Markdown output (--format md), not " + format);
        }
        return format.renderer(format == Format.TABLE ? root.app().terminal().width() : 0);
    }

    /** Styled references for the sources of these records when --cite asks for them, else null. */
    protected Map<String, String> footnotes(Collection<? extends KbRecord> records, KnowledgeBase kb) {
        if (!output.cite()) {
            return null;
        }
        List<Source> sources = Projection.sources(records, kb);
        // The citation processor loads only here: listing records must not pay for it.
        return StyledReferences.render(sources, OutputOptions.styleFor(output.style(), options.lang()), options.lang(), "text");
    }
}
