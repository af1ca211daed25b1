package dev.kzuz.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The folded words of every name the checker looks for, each with a number. A sentence is read
 * against it once: each sentence word is compared only with the name words that begin with its
 * first four letters (any match but an exact one shares them, see {@link #sameWord}), not with
 * every word of every name, which made checking cost milliseconds a sentence; and where a name
 * word stands is then an array look-up.
 */
final class Lexicon {
    /** A sentence's word, folded, and where it stands. */
    record Word(String folded, int offset) {
    }

    /** A name's folded words and their numbers in the lexicon. */
    record Phrase(List<String> words, int[] ids) {
        boolean isEmpty() {
            return words.isEmpty();
        }
    }

    private static final int STEM = 4;
    /** The vowels of folded words (Fold turns every script's into these). */
    private static final String VOWELS = "aeiou";

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    /** The numbers of the words of at least {@link #STEM} letters, by their first letters. */
    private final Map<String, List<Integer>> byStem = new HashMap<>();

    /** The phrase, its words added to the lexicon. */
    Phrase add(List<String> phrase) {
        int[] out = new int[phrase.size()];
        for (int k = 0; k < out.length; k++) {
            String w = phrase.get(k);
            Integer id = ids.get(w);
            if (id == null) {
                id = words.size();
                ids.put(w, id);
                words.add(w);
                if (w.length() >= STEM) {
                    List<Integer> same = byStem.get(w.substring(0, STEM));
                    if (same == null) {
                        same = new ArrayList<>();
                        byStem.put(w.substring(0, STEM), same);
                    }
                    same.add(id);
                }
            }
            out[k] = id;
        }
        return new Phrase(List.copyOf(phrase), out);
    }

    /** Which name words each of the sentence's words is. */
    Reading read(List<Word> sentence) {
        int[] first = new int[words.size()];
        int[] last = new int[words.size()];
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            String w = sentence.get(i).folded();
            List<Integer> candidates;
            if (w.length() >= STEM) {
                candidates = byStem.getOrDefault(w.substring(0, STEM), List.of());
            } else {
                Integer exact = ids.get(w);
                candidates = exact == null ? List.of() : List.of(exact);
            }
            for (int id : candidates) {
                if ((first[id] == 0 || last[id] != i + 1) && sameWord(w, words.get(id))) {
                    if (first[id] == 0) {
                        first[id] = i + 1;
                        found.add(id);
                    }
                    last[id] = i + 1;
                }
            }
        }
        return new Reading(sentence, first, last, found);
    }

    /** Notes in {@code using} that the name or claim at {@code index} uses the phrases' words. */
    static void using(Map<Integer, BitSet> using, int index, List<Phrase> phrases) {
        for (Phrase phrase : phrases) {
            for (int id : phrase.ids()) {
                BitSet b = using.get(id);
                if (b == null) {
                    b = new BitSet();
                    using.put(id, b);
                }
                b.set(index);
            }
        }
    }

    /** Which of the names or claims indexed in {@code using} share a word with the sentence. */
    static BitSet candidates(Map<Integer, BitSet> using, Reading words) {
        BitSet out = new BitSet();
        for (int w : words.found()) {
            BitSet b = using.get(w);
            if (b != null) {
                out.or(b);
            }
        }
        return out;
    }

    /** A sentence read against the lexicon. */
    static final class Reading {
        private final List<Word> words;
        /** By name word number: 1 + the index of the first sentence word that is it, or 0. */
        private final int[] first;
        /** By name word number: 1 + the index of the last sentence word that is it, or 0. */
        private final int[] last;
        private final List<Integer> found;

        private Reading(List<Word> words, int[] first, int[] last, List<Integer> found) {
            this.words = words;
            this.first = first;
            this.last = last;
            this.found = found;
        }

        /** The index of the last sentence word that is name word {@code id}, inflection aside; or -1. */
        int lastIndex(int id) {
            return last[id] - 1;
        }

        List<Word> words() {
            return words;
        }

        /** The numbers of the name words the sentence has. */
        List<Integer> found() {
            return found;
        }

        /** The index of the first sentence word that is name word {@code id}, inflection aside; or -1. */
        int index(int id) {
            return first[id] - 1;
        }

        /** Where the first sentence word that is name word {@code id} stands, or -1. */
        int position(int id) {
            return first[id] == 0 ? -1 : words.get(first[id] - 1).offset();
        }

        /** Where a phrase's words all stand in the sentence (any order): the first of them, or -1. */
        int find(Phrase phrase) {
            int at = -1;
            for (int p : phrase.ids()) {
                int pos = position(p);
                if (pos < 0) {
                    return -1;
                }
                at = at < 0 ? pos : Math.min(at, pos);
            }
            return at;
        }
    }

    /**
     * Whether a sentence's word is a name's word with another ending: Kazakh and Russian add
     * or change endings ("шартқа", "дружбе"), so the name word's stem must all be there; a
     * sentence word that is only the start of a longer name word ("Орталық" of "Орталыққазбат")
     * is not it.
     */
    static boolean sameWord(String sentenceWord, String nameWord) {
        if (sentenceWord.equals(nameWord)) {
            return true;
        }
        if (nameWord.length() < STEM) {
            return false;
        }
        if (nameWord.length() <= 5) {
            // A short word ("шарт") only takes endings: "шартқа", not "шарықтау"; one of five
            // letters may change its last vowel ("карта", "карту").
            return sentenceWord.startsWith(nameWord)
                    || nameWord.length() == 5 && VOWELS.indexOf(nameWord.charAt(4)) >= 0 && sentenceWord.length() <= 7
                    && sentenceWord.startsWith(nameWord.substring(0, 4));
        }
        int shorter = Math.min(sentenceWord.length(), nameWord.length());
        int common = 0;
        while (common < shorter && sentenceWord.charAt(common) == nameWord.charAt(common)) {
            common++;
        }
        // A long word's ending may be three letters ("дорожная", "дорожную"; "шекарасы", "шекараның").
        return common >= Math.max(STEM, nameWord.length() - (nameWord.length() >= 8 ? 3 : 2));
    }
}
