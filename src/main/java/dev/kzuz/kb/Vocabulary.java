package dev.kzuz.kb;

import dev.kzuz.model.KindWords;
import dev.kzuz.model.MembershipStatus;
import dev.kzuz.model.Standing;
import java.util.Set;

/** The closed word lists of the schema: kinds, verdicts and statuses a record may use. */
public final class Vocabulary {
    public static final Set<String> TREATY_KINDS = KindWords.TREATY;
    public static final Set<String> EVENT_KINDS = KindWords.EVENT;
    public static final Set<String> INSTITUTION_KINDS = KindWords.INSTITUTION;
    public static final Set<String> TRADE_KINDS = KindWords.TRADE;
    public static final Set<String> REPORTER_KINDS = KindWords.REPORTER;
    public static final Set<String> SOURCE_KINDS = KindWords.SOURCE;
    public static final Set<String> SOURCE_STANDINGS = standings();
    public static final Set<String> VERDICTS = Set.of("confirmed", "conflict", "unconfirmed");
    public static final Set<String> CLAIM_STATUSES = Set.of("preferred", "rejected", "open");
    public static final Set<String> MEMBERSHIP_STATUSES = membershipStatuses();

    /** A loop, not a stream: this runs at every start. */
    private static Set<String> standings() {
        Set<String> words = new java.util.HashSet<>();
        for (Standing s : Standing.values()) {
            words.add(s.name().toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    /** The enum states them; a loop for the same reason. */
    private static Set<String> membershipStatuses() {
        Set<String> words = new java.util.HashSet<>();
        for (MembershipStatus s : MembershipStatus.values()) {
            words.add(s.code());
        }
        return Set.copyOf(words);
    }

    private Vocabulary() {
    }
}
