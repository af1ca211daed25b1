package dev.kzuz.model;

/** Who reported a trade figure: a country's side (may be unknown) and what kind of reporter. */
public record Reporter(String country, String kind) {
}
