package dev.kzuz.cite;

import java.util.Locale;

/** The citation styles users' institutions ask for, each a CSL style bundled in the jar. */
public enum Style {
    /** GOST R 7.0.5-2008, the numeric variant: a full reference per footnote. */
    GOST("gost-r-7-0-5-2008-numeric"),
    APA("apa"),
    CHICAGO("chicago-note-bibliography");

    private final String csl;

    Style(String csl) {
        this.csl = csl;
    }

    public String csl() {
        return csl;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
