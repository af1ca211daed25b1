package dev.kzuz.kb;

import java.util.Set;

/** The closed word lists of the schema: kinds, verdicts and statuses a record may use. */
public final class Vocabulary {
    public static final Set<String> TREATY_KINDS = Set.of("treaty", "agreement", "declaration", "protocol", "programme",
            "memorandum", "decision", "statement", "plan", "charter", "concept");
    public static final Set<String> EVENT_KINDS = Set.of("visit", "summit", "meeting", "diplomatic", "exercise", "founding",
            "statement", "project", "other");
    public static final Set<String> INSTITUTION_KINDS = Set.of("organisation", "union", "council", "bank", "fund",
            "commission", "military-unit", "forum", "zone", "centre");
    public static final Set<String> TRADE_KINDS = Set.of("figure", "target");
    public static final Set<String> REPORTER_KINDS = Set.of("statistics", "government", "official", "media");
    public static final Set<String> SOURCE_KINDS = Set.of("web", "book", "legal", "article", "essay", "report");
    public static final Set<String> VERDICTS = Set.of("confirmed", "conflict", "unconfirmed");
    public static final Set<String> CLAIM_STATUSES = Set.of("preferred", "rejected", "open");
    public static final Set<String> MEMBERSHIP_STATUSES = Set.of("member", "observer", "suspended", "withdrawn");

    private Vocabulary() {
    }
}
