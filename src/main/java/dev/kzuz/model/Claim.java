package dev.kzuz.model;

import java.util.List;
import java.util.Objects;

/** One source's value for one field of a record, kept beside the others when sources disagree. */
public record Claim(String field, LocalizedText value, List<String> sources, ClaimStatus status, LocalizedText note) {
    public Claim {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
        note = note == null ? LocalizedText.empty() : note;
    }

    /** The value as written in English or in no language: what a date, a place id or an amount is read from. */
    public String plainValue() {
        return value.resolve(Lang.EN).text();
    }
}
