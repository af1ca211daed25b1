package dev.kzuz.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

    private Cue(String[] looks, Pattern pattern) {
        this.words = looks;
        this.pattern = pattern;
    }

    /**
     * Whole words and phrases ("joined", "became a member"); a word marked * ("accede*") takes
     * any ending. Spaces in a phrase stand for any run of white space, a line break included.
     */
    static Cue wholeWords(List<String> phrases) {
        String[] looks = new String[phrases.size()];
        StringBuilder alternatives = new StringBuilder();
        for (int i = 0; i < looks.length; i++) {
            String[] words = phrases.get(i).split(" ");
            looks[i] = DraftDates.foldCase(WordLists.stem(words[0]));
            alternatives.append(i == 0 ? "" : "|");
            for (int k = 0; k < words.length; k++) {
                alternatives.append(k == 0 ? "" : "\\s+").append(Pattern.quote(DraftDates.foldCase(WordLists.stem(words[k]))));
                alternatives.append(WordLists.anyEnding(words[k]) ? "[\\p{L}\\p{M}]*" : "");
            }
        }
        return new Cue(looks, Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"));
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
        return !offsetsIn(s).isEmpty();
    }

    /**
     * Where each of its words stands in the sentence; none when it speaks not of it. A word
     * inside a set phrase that means something else ("вступил в силу", "қарсы шықты") does not count.
     */
    List<Integer> offsetsIn(DraftSentence s) {
        if (!mayBeIn(s.folded())) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        Matcher m = pattern.matcher(s.text());
        while (m.find()) {
            if (!Exceptions.CUE.insidePhrase(s, m.start())) {
                out.add(m.start());
            }
        }
        return out;
    }

    /** Whether a set phrase of this cue covers the offset. */
    private boolean insidePhrase(DraftSentence s, int offset) {
        if (!mayBeIn(s.folded())) {
            return false;
        }
        Matcher m = pattern.matcher(s.text());
        while (m.find()) {
            if (m.start() <= offset && offset < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The set phrases, made when a cue first matches. */
    private static final class Exceptions {
        static final Cue CUE = wholeWords(WordLists.all(WordLists.CUE_EXCEPTIONS));
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
