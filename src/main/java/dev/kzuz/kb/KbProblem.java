package dev.kzuz.kb;

import dev.kzuz.model.PlainText;

/** One thing wrong with the knowledge base, where it stands. */
public record KbProblem(Location at, String message) {
    /** One line, with any control characters a file or value brought along removed. */
    @Override
    public String toString() {
        return PlainText.oneLine(at + ": " + message);
    }
}
