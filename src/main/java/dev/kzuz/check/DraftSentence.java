package dev.kzuz.check;

import dev.kzuz.check.Checker.ClaimKind;
import dev.kzuz.check.Checker.Finding;
import dev.kzuz.check.Checker.Kind;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.PartialDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a draft as every detector reads it: its text, its words read against the
 * names the checker knows, the dates it gives, the records, places and countries it names
 * (found when first asked for: most sentences never need them), and the line and column of
 * any place in it.
 */
final class DraftSentence {
    private final Draft draft;
    private final Draft.Sentence sentence;
    private final Lexicon.Reading words;
    private final List<DraftDates.Found> dates;
    private final RecordNames names;
    private final Places places;
    private String folded;
    private List<RecordNames.Mention> mentions;
    private List<Places.Named> named;
    /** The sentence before in the same paragraph, or null. */
    private DraftSentence before;

    DraftSentence(Draft draft, Draft.Sentence sentence, Lexicon.Reading words, List<DraftDates.Found> dates,
                  RecordNames names, Places places) {
        this.draft = draft;
        this.sentence = sentence;
        this.words = words;
        this.dates = dates;
        this.names = names;
        this.places = places;
    }

    void follows(DraftSentence previous) {
        this.before = previous;
    }

    /** The sentence before in the same paragraph, or null: what it names, this one may speak of. */
    DraftSentence before() {
        return before;
    }

    /** The sentence {@code n} before this one in the paragraph, or null. */
    DraftSentence before(int n) {
        DraftSentence s = this;
        for (int k = 0; k < n && s != null; k++) {
            s = s.before;
        }
        return s;
    }

    int start() {
        return sentence.start();
    }

    String text() {
        return sentence.text();
    }

    Lexicon.Reading words() {
        return words;
    }

    List<DraftDates.Found> dates() {
        return dates;
    }

    /**
     * The treaties, events and institutions the sentence names; one named only in part counts
     * where the sentence gives its year and month, and names no other record dated alike or
     * undated more fully.
     */
    List<RecordNames.Mention> mentions() {
        if (mentions == null) {
            List<RecordNames.Mention> all = names.mentions(words);
            boolean named = false;
            for (RecordNames.Mention m : all) {
                named |= !m.weak() && (!(m.record() instanceof DatedRecord) || datedAlike(m.record()));
            }
            mentions = new ArrayList<>();
            for (RecordNames.Mention m : all) {
                if (!m.weak() || !named && datedAlike(m.record())) {
                    mentions.add(m);
                }
            }
        }
        return mentions;
    }

    /** Whether the sentence gives a date in the record's year and month. */
    private boolean datedAlike(KbRecord r) {
        if (!(r instanceof DatedRecord d) || d.date().start().precision() == PartialDate.Precision.YEAR) {
            return false;
        }
        for (DraftDates.Found f : dates) {
            PartialDate p = f.date().start();
            if (p.precision() != PartialDate.Precision.YEAR && p.year() == d.date().start().year() && p.month() == d.date().start().month()) {
                return true;
            }
        }
        return false;
    }

    /** The places and countries the sentence names, in its order. */
    List<Places.Named> places() {
        if (named == null) {
            named = places.in(this);
        }
        return named;
    }

    /** The text case-folded (DraftDates.foldCase), made when first asked for: most sentences never need it. */
    String folded() {
        if (folded == null) {
            folded = DraftDates.foldCase(sentence.text());
        }
        return folded;
    }

    /** A finding about the value that stands at {@code offset} in this sentence. */
    Finding finding(Kind kind, ClaimKind claim, int offset, String found, List<String> records, String title, String held,
                    List<String> sources) {
        int at = sentence.start() + Math.max(offset, 0);
        return new Finding(kind, claim, draft.lineOf(at), draft.columnOf(at), found.replace('\n', ' '), records, title, held, sources);
    }
}
