package dev.kzuz.model;

import java.util.List;
import java.util.Objects;

/** One source's value for one field of a record, kept beside the others when sources disagree. */
public record Claim(String field, String value, List<String> sources, ClaimStatus status, String note) {
    public Claim {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
    }
}
