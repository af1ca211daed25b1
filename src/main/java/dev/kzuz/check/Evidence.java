package dev.kzuz.check;

import dev.kzuz.model.Claim;
import dev.kzuz.model.ClaimStatus;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Sourced;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a finding shows of a record or a sentence: the sources it names and short excerpts. */
final class Evidence {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Evidence() {
    }

    /** All sources of a record, as it lists them. */
    static List<String> sources(KbRecord r) {
        return r instanceof Sourced s ? s.provenance().sources() : List.of();
    }

    /**
     * The sources a record's values rest on: its sources less those of a rejected claim.
     * (The model is to get this as one method; swap it in here.)
     */
    static List<String> preferredSources(KbRecord r) {
        if (!(r instanceof Sourced s)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>(s.provenance().sources());
        for (Claim c : s.provenance().claims()) {
            if (c.status() == ClaimStatus.REJECTED) {
                out.removeAll(c.sources());
            }
        }
        return List.copyOf(out);
    }

    /** A record's English title, cut to 60 characters. */
    static String excerpt(KbRecord r) {
        String t = r.title().resolve(Lang.EN).text();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    /** A sentence on one line, cut to 100 characters. */
    static String excerpt(String sentence) {
        String s = SPACES.matcher(sentence).replaceAll(" ").strip();
        return s.length() > 100 ? s.substring(0, 99) + "…" : s;
    }
}
