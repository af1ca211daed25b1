package dev.kzuz.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Where a record's facts come from: its sources, its verdict, the competing claims. */
public record Provenance(List<String> sources, Verdict verdict, List<Claim> claims, List<String> essayClaims, LocalizedText note) {
    public Provenance {
        sources = List.copyOf(sources);
        Objects.requireNonNull(verdict, "verdict");
        claims = List.copyOf(claims);
        essayClaims = List.copyOf(essayClaims);
        note = note == null ? LocalizedText.empty() : note;
    }

    /** The sources, then each claim's, in order of first mention and without repeats. */
    public Set<String> citedSources() {
        Set<String> ids = new LinkedHashSet<>(sources);
        for (Claim c : claims) {
            ids.addAll(c.sources());
        }
        return ids;
    }

    /**
     * The sources that back the values the record shows: its sources, less each that backs only
     * claims it does not prefer (rejected or open), as long as one is left.
     */
    public List<String> preferredSources() {
        List<String> out = new ArrayList<>(sources);
        for (Claim c : claims) {
            if (c.status() != ClaimStatus.PREFERRED) {
                for (String id : c.sources()) {
                    if (!backsAPreferredClaim(id) && out.size() > 1) {
                        out.remove(id);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The sources, less every one that backs a rejected claim (a known error), even one that
     * backs a preferred value too; may be empty. Stricter than {@link #preferredSources}: what
     * the draft checker cites beside a finding.
     */
    public List<String> sourcesExceptRejected() {
        Set<String> out = new LinkedHashSet<>(sources);
        for (Claim c : claims) {
            if (c.status() == ClaimStatus.REJECTED) {
                out.removeAll(c.sources());
            }
        }
        return List.copyOf(out);
    }

    private boolean backsAPreferredClaim(String id) {
        for (Claim p : claims) {
            if (p.status() == ClaimStatus.PREFERRED && p.sources().contains(id)) {
                return true;
            }
        }
        return false;
    }
}
