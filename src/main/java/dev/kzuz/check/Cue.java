package dev.kzuz.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words that make a sentence speak of something (a founding, trade), found in any case. Most
 * sentences hold none of them, and a look for them in the case-folded text (DraftDates.foldCase)
 * tells so at a fraction of the pattern's cost; only then is the pattern run.
 */
final class Cue {
    private final String[] words;
    private final Pattern pattern;

    private Cue(List<String> words, String before) {
        this.words = new String[words.size()];
        for (int i = 0; i < this.words.length; i++) {
            // Folded as the text is, so that the look finds what the pattern would.
            this.words[i] = DraftDates.foldCase(words.get(i));
        }
        this.pattern = Pattern.compile("(?iu)" + before + "(" + WordLists.alternatives(List.of(this.words), "") + ")");
    }

    /** Words that count where a word begins ("found" in "founded", not in "profound"). */
    static Cue wordStarts(List<String> words) {
        // Not \b: since JDK 19 it marks ASCII word edges only, and missed every Cyrillic verb.
        return new Cue(words, "(?<![\\p{L}\\p{N}])");
    }

    /** Words that count wherever they stand. */
    static Cue anywhere(List<String> words) {
        return new Cue(words, "");
    }

    /** Whether the sentence speaks of it. */
    boolean in(DraftSentence s) {
        return mayBeIn(s.folded()) && pattern.matcher(s.text()).find();
    }

    /** False when the case-folded text cannot hold a word of the cue: the pattern need not run. */
    boolean mayBeIn(String folded) {
        for (String w : words) {
            if (folded.contains(w)) {
                return true;
            }
        }
        return false;
    }

    Pattern pattern() {
        return pattern;
    }
}
