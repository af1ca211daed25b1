package dev.kzuz.model;

/** An author's name as cited: family name and given names or initials. */
public record Person(String family, String given) {
    @Override
    public String toString() {
        return given == null || given.isEmpty() ? family : family + ", " + given;
    }
}
