package dev.kzuz.kb;

/** A place in a knowledge-base file, 1-based; line and column 0 when unknown. */
public record Location(String file, int line, int column) {
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
