package dev.kzuz.model;

/** The kinds of record in the knowledge base, each with its folder name. */
public enum RecordType {
    TREATY("treaties", "treaty"),
    EVENT("events", "event"),
    INSTITUTION("institutions", "institution"),
    TRADE("trade", "trade figure"),
    SOURCE("sources", "source"),
    CLAIM("claims", "essay claim"),
    PLACE("places", "place");

    private final String folder;
    private final String noun;

    RecordType(String folder, String noun) {
        this.folder = folder;
        this.noun = noun;
    }

    public String folder() {
        return folder;
    }

    public String noun() {
        return noun;
    }

    /** The type whose folder is {@code name}, or null. */
    public static RecordType ofFolder(String name) {
        for (RecordType t : values()) {
            if (t.folder.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
