package dev.kzuz.check;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Sourced;
import java.util.List;
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
     * The sources a record's values rest on: its sources less any behind a rejected claim (stricter
     * than a citation's preferred sources: a check names no source that the record rejects anywhere).
     */
    static List<String> preferredSources(KbRecord r) {
        return r instanceof Sourced s ? s.provenance().sourcesExceptRejected() : List.of();
    }

    /** A record's English title, cut to 60 characters. */
    static String excerpt(KbRecord r, Lang lang) {
        String t = r.titles().resolve(lang).text();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    /** A sentence on one line, cut to 100 characters. */
    static String excerpt(String sentence) {
        String s = SPACES.matcher(sentence).replaceAll(" ").strip();
        return s.length() > 100 ? s.substring(0, 99) + "…" : s;
    }
}
