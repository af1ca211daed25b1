package dev.kzuz.cli;

import dev.kzuz.kb.KbProblem;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.RecordType;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

@Command(name = "validate",
        header = "Check the knowledge base, and any --kb folders on top of it, against every rule.",
        description = "Problems are listed as FILE:LINE:COL: message on stdout; exit 4 when there is any.")
final class ValidateCommand extends BaseCommand {
    @Override
    protected ExitCode run() {
        List<KbSource> layers = layers();
        LoadResult result = root.app().load(layers);
        result.notices().forEach(n -> err().println("kzuz: note: " + n));
        for (KbProblem p : result.problems()) {
            out().println(p);
        }
        String where = layers.stream().map(KbSource::name).collect(Collectors.joining(" + "));
        if (!result.valid()) {
            throw new KzuzException(ExitCode.INVALID_KB, result.problems().size() + " problem(s) in " + where);
        }
        String counts = java.util.Arrays.stream(RecordType.values())
                .map(t -> result.kb().ofType(t).size() + " " + t.folder())
                .collect(Collectors.joining(", "));
        out().println("ok: " + result.kb().size() + " records (" + counts + ") in " + where);
        return ExitCode.OK;
    }
}
