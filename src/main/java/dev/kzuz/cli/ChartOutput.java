package dev.kzuz.cli;

import dev.kzuz.io.AtomicFile;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.render.Format;
import dev.kzuz.render.Text;
import dev.kzuz.render.chart.ChartSize;
import dev.kzuz.render.chart.Picture;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * --chart, --chart-out FILE and --size for a command that draws a picture: the picture in the
 * terminal as text, or written to FILE.svg or FILE.png (atomically: a file that cannot be written
 * is left as it was), at a preset or given size.
 */
final class ChartOutput {
    private final Arg<Boolean> chart = new Arg<>(false);
    private final Arg<Path> file = new Arg<>(null);
    private final Arg<String> size = new Arg<>(null);
    private final CommandSpec spec;

    ChartOutput(CommandSpec spec) {
        this.spec = spec;
        spec.addOption(Model.flag("--chart", chart).build());
        spec.addOption(Model.option("--chart-out", "FILE", Path.class, file).build());
        spec.addOption(Model.option("--size", "SIZE", String.class, size)
                .completionCandidates(java.util.List.of("screen", "slides", "a4")).build());
    }

    boolean inTerminal() {
        return chart.value();
    }

    Path file() {
        return file.value();
    }

    /** Refuses a file that is no .svg or .png, or no file, and a size that is none, before anything is drawn. */
    void check() {
        Path f = file.value();
        if (f != null) {
            String name = f.toString();
            if (!name.endsWith(".svg") && !name.endsWith(".png")) {
                throw new ParameterException(spec.commandLine(), "--chart-out: the file must end in .svg or .png");
            }
            OutputFile.check("--chart-out", f);
        }
        size();
    }

    ChartSize size() {
        if (size.value() == null) {
            return ChartSize.SCREEN;
        }
        try {
            return ChartSize.parse(size.value());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--size: " + e.getMessage());
        }
    }

    String svg(Picture p) {
        return Picture.svg(p, size());
    }

    /** Whether a picture is asked for (a file, or SVG on stdout): a list that draws none does not make one. */
    boolean asked(Format format) {
        return file.value() != null || format == Format.SVG;
    }

    /**
     * Draws the picture where it is asked for: into --chart-out, to {@code out} for --format svg.
     * Returns whether the command is done: the SVG written, or only the file asked for.
     */
    boolean draw(Format format, Picture p, Lang lang, PrintWriter out, PrintWriter err) {
        boolean svg = format == Format.SVG;
        if (file.value() != null) {
            write(p, lang, err);
        }
        if (svg) {
            out.print(svg(p));
            return true;
        }
        return format == null && !inTerminal();
    }

    /** Writes the picture to --chart-out, and says so on {@code err} in the reader's language. */
    void write(Picture p, Lang lang, PrintWriter err) {
        Path f = file.value();
        byte[] image = f.toString().endsWith(".svg") ? svg(p).getBytes(StandardCharsets.UTF_8) : Picture.png(p, size());
        try {
            AtomicFile.replace(f, out -> out.write(image));
        } catch (IOException e) {
            throw OutputFile.cannotWrite("--chart-out", f, e);
        }
        err.println("kzuz: " + Catalogue.of(lang).fill("chart.written", "file", Text.oneLine(f.toString())));
    }
}
