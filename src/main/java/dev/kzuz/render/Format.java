package dev.kzuz.render;

import java.util.List;

/**
 * Every output format kzuz writes, by the word --format takes: one vocabulary for all commands,
 * of which each command takes its own subset (cli.FormatOption). Lists and details render to
 * {@link #RECORDS}, each with its renderer.
 */
public enum Format {
    TABLE("table"), MD("md"), JSON("json"), CSV("csv"),
    /** The trade chart as an image. */
    SVG("svg"),
    /** check's plain report. */
    TEXT("text"),
    /** Bibliography exports (sources). */
    BIBTEX("bibtex"), CSL_JSON("csl-json"), CSL_YAML("csl-yaml"), RIS("ris");

    /** The formats a list or a detail of records renders to. */
    public static final List<Format> RECORDS = List.of(TABLE, MD, JSON, CSV);

    private final String word;

    Format(String word) {
        this.word = word;
    }

    /** A renderer of records; {@code width} is the terminal width the table format fits to. */
    public Renderer renderer(int width) {
        return switch (this) {
            case TABLE -> new TableRenderer(width);
            case MD -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case SVG, TEXT, BIBTEX, CSL_JSON, CSL_YAML, RIS -> throw new IllegalArgumentException("records are not rendered as " + word);
        };
    }

    /** The word --format takes. */
    @Override
    public String toString() {
        return word;
    }
}
