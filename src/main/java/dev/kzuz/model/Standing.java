package dev.kzuz.model;

/**
 * What kind of witness a source is, in the order citing puts them: the text itself first, the
 * essay this knowledge base grew from last.
 */
public enum Standing {
    /** The text of a treaty, law or decision, wherever it is reproduced. */
    PRIMARY,
    /** A government's or an organisation's own page or statement. */
    OFFICIAL,
    /** Books, journal articles, research reports. */
    SCHOLARLY,
    /** News agencies and newspapers. */
    PRESS,
    /** Encyclopedias and reference works written by their publisher. */
    REFERENCE,
    /** Copies of others' text: wiki mirrors, study-file sites, news aggregators; no witness of their own. */
    AGGREGATOR,
    /** The essay itself: cited only for what it claims. */
    ESSAY;

    /** The usual standing of a source of this kind; none for a web page, which has to say. */
    static Standing byKind(String kind) {
        return switch (kind) {
            case "legal" -> PRIMARY;
            case "book", "article", "report" -> SCHOLARLY;
            case "essay" -> ESSAY;
            case "web" -> null;
            default -> throw new IllegalArgumentException("no source kind '" + kind + "'");
        };
    }
}
