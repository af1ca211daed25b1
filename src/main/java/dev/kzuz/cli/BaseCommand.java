package dev.kzuz.cli;

import dev.kzuz.kb.KbProblem;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.render.Text;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What every command shares: the common options, loading the knowledge base, output. */
abstract class BaseCommand implements Callable<Integer> {
    /** This command's model: each subclass adds its own options and parameters in its constructor. */
    final CommandSpec spec;

    /** Set when the command is added to the root. */
    KzuzCommand root;

    final CommonOptions options;

    /** --into and --numbered, for a command that writes Markdown for a draft; null for the others. */
    DraftOutput draft;

    BaseCommand(String name) {
        spec = Model.command(this, name);
        options = new CommonOptions(spec);
    }

    /** The finished model, -h and -V last. */
    final CommandSpec model() {
        Model.standardHelp(spec);
        return spec;
    }

    @Override
    public final Integer call() {
        options.settle(root.app());
        prepare();
        ExitCode code = run();
        finish();
        return code.code();
    }

    /** Does the command's work; failures are thrown as {@link KzuzException}. */
    protected abstract ExitCode run();

    /** Before the run: a draft that is no draft is refused before anything is loaded. */
    private void prepare() {
        if (draft != null) {
            draft.start();
        }
    }

    /** After a run that did not fail: output held back for a draft is written now. */
    private void finish() {
        if (draft != null) {
            draft.finish(options.lang(), spec.commandLine().getOut());
        }
    }

    protected PrintWriter out() {
        PrintWriter real = spec.commandLine().getOut();
        return draft == null ? real : draft.out(real);
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The overlays named by --kb, checked to be readable folders. */
    protected List<KbSource> layers() {
        List<KbSource> layers = new ArrayList<>();
        layers.add(KbSource.bundled());
        for (Path dir : options.kb()) {
            if (!Files.exists(dir)) {
                throw new ParameterException(spec.commandLine(), "--kb: no such folder: " + dir);
            }
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(), "--kb: not a folder: " + dir);
            }
            if (!Files.isReadable(dir)) {
                throw new ParameterException(spec.commandLine(), "--kb: folder cannot be read: " + dir);
            }
            layers.add(KbSource.directory(dir));
        }
        return layers;
    }

    /** The loaded knowledge base, or exit 4 with every problem on stderr. */
    protected KnowledgeBase kb() {
        LoadResult result = root.app().load(layers());
        for (String n : result.notices()) {
            err().println("kzuz: note: " + Text.oneLine(n));
        }
        if (!result.valid()) {
            KbProblem first = result.problems().get(0);
            int more = result.problems().size() - 1;
            throw new KzuzException(ExitCode.INVALID_KB, first + (more == 0 ? "" : " (and " + more + " more problem(s))")
                    + "; 'kzuz validate" + (options.kb().isEmpty() ? "" : " --kb …") + "' lists them");
        }
        return result.kb();
    }

}
