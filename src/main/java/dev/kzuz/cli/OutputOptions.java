package dev.kzuz.cli;

import dev.kzuz.cite.Style;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.render.Format;
import picocli.CommandLine.Model.CommandSpec;

/** How list and detail commands write: the format, and footnote citations for Markdown. */
final class OutputOptions {
    private final Arg<Format> format = new Arg<>(null);
    private final Arg<Boolean> cite = new Arg<>(false);
    private final Arg<Style> style = new Arg<>(null);
    final DraftOutput draft;

    OutputOptions(CommandSpec spec, FormatOption formats) {
        spec.addOption(Model.option("--format", "FORMAT", Format.class, format)
                .converters(formats).completionCandidates(formats.words()).build());
        spec.addOption(Model.flag("--cite", cite).build());
        spec.addOption(styleOption(style));
        draft = new DraftOutput(spec);
    }

    /** --style, here and in the commands that cite without --format md. */
    static picocli.CommandLine.Model.OptionSpec styleOption(Arg<Style> style) {
        return Model.option("--style", "STYLE", Style.class, style)
                .converters(new Converters.StyleConverter()).completionCandidates(new Candidates.Styles()).build();
    }

    Format format() {
        return format.value();
    }

    /** --cite, or implied: a draft cites its sources. */
    boolean cite() {
        return cite.value() || draft.active();
    }

    Style style() {
        return style.value();
    }

    /** Styled references for the sources of these records, by source id. */
    static java.util.Map<String, String> references(java.util.Collection<? extends dev.kzuz.model.KbRecord> records,
            dev.kzuz.model.KnowledgeBase kb, Style asked, Lang lang) {
        var sources = dev.kzuz.render.Projection.sources(records, kb);
        // The citation processor loads only here: listing records must not pay for it.
        return dev.kzuz.cite.StyledReferences.render(sources, styleFor(asked, lang), lang, "text");
    }

    /**
     * A picture's caption: the records' sources in full as the style writes them, and each in
     * short (its site, database or first author, and year) for a picture with no room for them.
     */
    static dev.kzuz.render.chart.Caption caption(java.util.Collection<? extends dev.kzuz.model.KbRecord> records,
            dev.kzuz.model.KnowledgeBase kb, Style asked, Lang lang) {
        var sources = dev.kzuz.render.Projection.sources(records, kb);
        // More references than a quarter of the tallest preset holds never show in full: not styled for nothing (seconds).
        var full = sources.size() > 15 ? java.util.Map.<String, String>of()
                : dev.kzuz.cite.StyledReferences.render(sources, styleFor(asked, lang), lang, "text");
        java.util.List<String> brief = new java.util.ArrayList<>();
        for (dev.kzuz.model.Source s : sources) {
            String who = s.site() != null ? s.site() : s.database() != null ? s.database() : s.issuedBy() != null ? s.issuedBy()
                    : !s.authors().isEmpty() ? s.authors().get(0).family() : s.publisher() != null ? s.publisher() : s.shownTitle(lang);
            Integer year = s.date() != null ? Integer.valueOf(s.date().year()) : s.year();
            brief.add(dev.kzuz.render.Text.oneLine(who) + (year == null ? "" : ", " + year));
        }
        return new dev.kzuz.render.chart.Caption(Catalogue.of(lang).get("sources"), java.util.List.copyOf(full.values()), brief);
    }

    /** The style asked for, else the one an essay in that language most likely needs. */
    static Style styleFor(Style asked, Lang lang) {
        return asked != null ? asked : Style.valueOf(Catalogue.of(lang).get("csl.style").toUpperCase(java.util.Locale.ROOT));
    }
}
