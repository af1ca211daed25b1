package dev.kzuz.check;

import java.util.List;

/**
 * One sentence of a draft as every detector reads it: its text, its words read against the
 * names the checker knows, the dates it gives, and the line of any place in it.
 */
final class DraftSentence {
    private final Draft draft;
    private final Draft.Sentence sentence;
    private final Lexicon.Reading words;
    private final List<DraftDates.Found> dates;
    private String folded;

    DraftSentence(Draft draft, Draft.Sentence sentence, Lexicon.Reading words, List<DraftDates.Found> dates) {
        this.draft = draft;
        this.sentence = sentence;
        this.words = words;
        this.dates = dates;
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

    /** The text case-folded (DraftDates.foldCase), made when first asked for: most sentences never need it. */
    String folded() {
        if (folded == null) {
            folded = DraftDates.foldCase(sentence.text());
        }
        return folded;
    }

    /** The draft's 1-based line of a place in this sentence. */
    int lineAt(int offset) {
        return draft.lineOf(sentence.start() + offset);
    }
}
