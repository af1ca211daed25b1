package dev.kzuz.model;

import java.util.Locale;

/** A country's standing in an institution over a period. */
public enum MembershipStatus {
    MEMBER, OBSERVER, SUSPENDED, WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
