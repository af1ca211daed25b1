package dev.kzuz.model;

import java.util.List;
import java.util.Objects;

/** One period of one country's standing in an institution; {@code from} is null when unknown, {@code to} while open. */
public record Membership(String country, MembershipStatus status, PartialDate from, PartialDate to,
                         List<String> sources, LocalizedText note) {
    public Membership {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
        note = note == null ? LocalizedText.empty() : note;
    }
}
