package dev.kzuz.render;

import java.util.Locale;
import java.util.function.IntFunction;

/** The output formats, each with its renderer; names feed --help and completion. */
public enum Format {
    TABLE(TableRenderer::new),
    MD(width -> new MarkdownRenderer()),
    JSON(width -> new JsonRenderer()),
    CSV(width -> new CsvRenderer());

    private final IntFunction<Renderer> factory;

    Format(IntFunction<Renderer> factory) {
        this.factory = factory;
    }

    /** A renderer; {@code width} is the terminal width the table format fits to. */
    public Renderer renderer(int width) {
        return factory.apply(width);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
