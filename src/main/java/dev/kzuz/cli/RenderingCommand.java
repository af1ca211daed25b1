package dev.kzuz.cli;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.render.Format;
import dev.kzuz.render.Renderer;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ParameterException;

/** A command that shows records in a chosen format, optionally citing them as footnotes. */
abstract class RenderingCommand extends BaseCommand {
    final OutputOptions output;

    RenderingCommand(String name) {
        this(name, FormatOption.RECORDS);
    }

    /** {@code formats}: the --format words it takes (a command that draws takes svg too). */
    RenderingCommand(String name, FormatOption formats) {
        super(name);
        output = new OutputOptions(spec, formats);
        draft = output.draft;
    }

    protected Format format() {
        if (output.draft.active()) {
            if (output.format() != null && output.format() != Format.MD) {
                throw new ParameterException(spec.commandLine(), "--into and --numbered write Markdown, not " + output.format());
            }
            return Format.MD;
        }
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
        return OutputOptions.references(records, kb, output.style(), options.lang());
    }
}
