package dev.kzuz.cli;

import dev.kzuz.cite.Style;
import dev.kzuz.model.Lang;
import dev.kzuz.render.Format;
import picocli.CommandLine.Option;

/** How list and detail commands write: the format, and footnote citations for Markdown. */
public final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.FormatConverter.class, completionCandidates = Candidates.Formats.class,
            description = "Output: table, md, json, csv (default: table on a terminal, md when piped).")
    Format format;

    @Option(names = "--cite", description = "With Markdown output: cite the sources as footnotes, styled (see --style).")
    boolean cite;

    @Option(names = "--style", paramLabel = "STYLE", converter = Converters.StyleConverter.class, completionCandidates = Candidates.Styles.class,
            description = "Citation style: gost, apa, chicago (default: gost with --lang kk or ru, apa with en).")
    Style style;

    /** The style asked for, else the one an essay in that language most likely needs. */
    static Style styleFor(Style asked, Lang lang) {
        return asked != null ? asked : lang == Lang.EN ? Style.APA : Style.GOST;
    }
}
