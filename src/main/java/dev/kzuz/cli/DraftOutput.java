package dev.kzuz.cli;

import dev.kzuz.model.Lang;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * --into FILE and --numbered for a command that writes Markdown: its output is held back, then
 * added to the draft (or printed with numbered references) when the command has succeeded.
 */
final class DraftOutput {
    private final Arg<Path> into = new Arg<>(null);
    private final Arg<Boolean> numbered = new Arg<>(false);
    private StringWriter held;
    private PrintWriter writer;

    DraftOutput(CommandSpec spec) {
        spec.addOption(Model.option("--into", "FILE", Path.class, into).build());
        spec.addOption(Model.flag("--numbered", numbered).build());
    }

    /** Whether the output is for a draft, which means Markdown with its sources cited. */
    boolean active() {
        return into.value() != null || numbered.value();
    }

    boolean numbered() {
        return numbered.value();
    }

    /** Starts a run: nothing held from a run that failed (the shell runs commands again), and what is no draft refused. */
    void start() {
        held = null;
        writer = null;
        if (into.value() != null) {
            DraftAppender.check(into.value());
        }
    }

    /** Where the command writes: {@code real}, or a buffer for the draft. */
    PrintWriter out(PrintWriter real) {
        if (!active()) {
            return real;
        }
        if (writer == null) {
            held = new StringWriter();
            writer = new PrintWriter(held);
        }
        return writer;
    }

    void finish(Lang lang, PrintWriter real) {
        if (writer != null) {
            writer.flush();
            DraftAppender.write(held.toString(), into.value(), numbered.value(), lang, real);
            writer = null;
        }
    }
}
