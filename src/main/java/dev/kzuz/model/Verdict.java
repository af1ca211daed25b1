package dev.kzuz.model;

import java.util.Locale;

/** How far public sources bear a record out. */
public enum Verdict {
    /** At least one independent public source beyond the essay states the fact as given. */
    CONFIRMED,
    /** Sources disagree; every competing claim is kept with its sources. */
    CONFLICT,
    /** No public source beyond the essay states it. */
    UNCONFIRMED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
