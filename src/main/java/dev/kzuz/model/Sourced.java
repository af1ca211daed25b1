package dev.kzuz.model;

/** A record that makes factual claims and so carries provenance. */
public interface Sourced {
    Provenance provenance();
}
