package dev.kzuz.model;

import java.util.List;

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

    /** Every type in the order help and messages name their folders (places before claims). */
    public static final List<RecordType> FOLDER_ORDER = List.of(TREATY, EVENT, INSTITUTION, TRADE, SOURCE, PLACE, CLAIM);

    /** The folder names in {@link #FOLDER_ORDER}, each followed by {@code after}, joined by ", " and {@code last}. */
    public static String folderNames(String after, String last) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < FOLDER_ORDER.size(); i++) {
            b.append(i == 0 ? "" : i == FOLDER_ORDER.size() - 1 ? last : ", ").append(FOLDER_ORDER.get(i).folder).append(after);
        }
        return b.toString();
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
