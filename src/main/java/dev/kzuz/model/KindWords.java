package dev.kzuz.model;

import java.util.Set;

/** The closed word lists a record's {@code kind} may take, per type: the loader checks them, {@link Schema} names them. */
public final class KindWords {
    public static final Set<String> TREATY = Set.of("treaty", "agreement", "declaration", "protocol", "programme",
            "memorandum", "decision", "statement", "plan", "charter", "concept");
    public static final Set<String> EVENT = Set.of("visit", "summit", "meeting", "diplomatic", "exercise", "founding",
            "statement", "project", "other");
    public static final Set<String> INSTITUTION = Set.of("organisation", "union", "council", "bank", "fund",
            "commission", "military-unit", "forum", "zone", "centre");
    public static final Set<String> TRADE = Set.of("figure", "target");
    public static final Set<String> REPORTER = Set.of("statistics", "government", "official", "media");
    public static final Set<String> SOURCE = Set.of("web", "book", "legal", "article", "essay", "report");

    private KindWords() {
    }
}
