package dev.kzuz.model;

import java.util.Locale;

/** Where a claim stands against the others for the same field. */
public enum ClaimStatus {
    /** The value the record shows: the best sourced. */
    PREFERRED,
    /** Contradicted by better sources: a known error. */
    REJECTED,
    /** Sources are divided; no judgement is made. */
    OPEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
