package dev.kzuz.render;

import java.util.Locale;

/** The output formats, each with its renderer; names feed --help and completion. */
public enum Format {
    TABLE, MD, JSON, CSV;

    /** A renderer; {@code width} is the terminal width the table format fits to. */
    public Renderer renderer(int width) {
        return switch (this) {
            case TABLE -> new TableRenderer(width);
            case MD -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
