package dev.kzuz.model;

import java.util.Locale;

/** How far public sources bear a record out. */
public enum Verdict {
    /** A public source supports the record as given. */
    CONFIRMED,
    /** Sources disagree; every competing claim is kept with its sources. */
    CONFLICT,
    /** No public source was found; only the essay (or nobody) says it. */
    UNCONFIRMED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
