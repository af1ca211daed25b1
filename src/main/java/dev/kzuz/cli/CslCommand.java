package dev.kzuz.cli;

import dev.kzuz.cite.CslStyles;
import dev.kzuz.cite.Style;
import dev.kzuz.io.AtomicFile;
import dev.kzuz.model.Catalogue;
import dev.kzuz.render.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a citation style as a CSL file for pandoc's --csl, in the command's language. */
final class CslCommand extends BaseCommand {
    private final Arg<Style> styleArg = new Arg<>(null);
    private final Arg<Path> outArg = new Arg<>(null);

    CslCommand() {
        super("csl");
        spec.addPositional(Model.parameter("0..1", "STYLE", styleArg).type(Style.class)
                .converters(new Converters.StyleConverter()).completionCandidates(new Candidates.Styles()).build());
        spec.addOption(Model.option("--out", "FILE", Path.class, outArg).build());
    }

    @Override
    protected ExitCode run() {
        Path out = outArg.value();
        if (out != null) {
            OutputFile.check("--out", out);
        }
        Style style = OutputOptions.styleFor(styleArg.value(), options.lang());
        String csl = CslStyles.forPandoc(style, options.lang());
        if (out == null) {
            out().print(csl);
            return ExitCode.OK;
        }
        byte[] bytes = csl.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFile.replace(out, file -> file.write(bytes));
        } catch (IOException e) {
            throw OutputFile.cannotWrite("--out", out, e);
        }
        out().println(Catalogue.of(options.lang()).fill("csl.written", "file", Text.oneLine(out.toString())));
        return ExitCode.OK;
    }
}
