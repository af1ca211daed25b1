package dev.kzuz.cite;

/** The citation styles users' institutions ask for, each a CSL style bundled in the jar. */
public enum Style {
    /** GOST R 7.0.5-2008, the numeric variant: a full reference per footnote, the list in citation order. */
    GOST("gost", "gost-r-7-0-5-2008-numeric"),
    /** GOST R 7.0.5-2008 with author-date citations ("[Токаев, 2000, с. 12]"), the list by author. */
    GOST_AUTHOR_DATE("gost-author-date", "gost-r-7-0-5-2008"),
    APA("apa", "apa"),
    CHICAGO("chicago", "chicago-note-bibliography");

    private final String word;
    private final String csl;

    Style(String word, String csl) {
        this.word = word;
        this.csl = csl;
    }

    /** The bundled style's name: its file in the jar without ".csl". */
    public String csl() {
        return csl;
    }

    /** Whether a bibliography in this style is a numbered list: GOST's are, APA's and Chicago's are not. */
    public boolean numbered() {
        return switch (this) {
            case GOST, GOST_AUTHOR_DATE -> true;
            case APA, CHICAGO -> false;
        };
    }

    /** The word --style takes. */
    @Override
    public String toString() {
        return word;
    }
}
