package dev.kzuz.kb;

/** One thing wrong with the knowledge base, where it stands. */
public record KbProblem(Location at, String message) {
    /** One line, with any control characters a file or value brought along removed. */
    @Override
    public String toString() {
        return dev.kzuz.render.Text.oneLine(at + ": " + message);
    }
}
