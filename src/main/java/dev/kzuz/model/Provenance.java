package dev.kzuz.model;

import java.util.List;
import java.util.Objects;

/** Where a record's facts come from: its sources, its verdict, the competing claims. */
public record Provenance(List<String> sources, Verdict verdict, List<Claim> claims, List<String> essayClaims, String note) {
    public Provenance {
        sources = List.copyOf(sources);
        Objects.requireNonNull(verdict, "verdict");
        claims = List.copyOf(claims);
        essayClaims = List.copyOf(essayClaims);
    }
}
