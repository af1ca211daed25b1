package dev.kzuz.model;

import java.util.Locale;

/**
 * A country's standing in an institution over a period. {@code PARTY}: a party to the treaty the
 * body was later founded on, before the founding (the Collective Security Treaty before the CSTO).
 */
public enum MembershipStatus {
    PARTY, MEMBER, OBSERVER, SUSPENDED, WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
