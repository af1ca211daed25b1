package dev.kzuz.kb;

/** One thing wrong with the knowledge base, where it stands. */
public record KbProblem(Location at, String message) {
    @Override
    public String toString() {
        return at + ": " + message;
    }
}
