package dev.kzuz.check;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Sourced;
import java.util.List;
import java.util.regex.Pattern;

/** What a finding shows of a record or a sentence: the record's title, the sources it names, short excerpts. */
final class Evidence {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Evidence() {
    }

    /** All sources of a record, best first (by their standing). */
    static List<String> sources(KbRecord r, KnowledgeBase kb) {
        return r instanceof Sourced s ? kb.ranked(s.provenance().sources()) : List.of();
    }

    /**
     * The sources a record's values rest on, best first: its sources less any behind a rejected
     * claim (stricter than a citation's preferred sources: a check names no source that the
     * record rejects anywhere).
     */
    static List<String> preferredSources(KbRecord r, KnowledgeBase kb) {
        return r instanceof Sourced s ? kb.ranked(s.provenance().sourcesExceptRejected()) : List.of();
    }

    /** A record's title in the reader's language (another language's, when it has none there). */
    static String title(KbRecord r, Lang lang) {
        return r.titleIn(lang).text();
    }

    /** A sentence on one line, cut to 100 characters. */
    static String excerpt(String sentence) {
        String s = SPACES.matcher(sentence).replaceAll(" ").strip();
        return s.length() > 100 ? s.substring(0, 99) + "…" : s;
    }
}
