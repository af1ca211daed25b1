package dev.kzuz.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The folded words of every name the checker looks for. A sentence is read against it once:
 * each sentence word is compared only with the name words that begin with its first four
 * letters (any match but an exact one shares them, see {@link #sameWord}), not with every word
 * of every name — which made checking a draft cost a few milliseconds a sentence.
 */
final class Lexicon {
    /** A sentence's word, folded, and where it stands. */
    record Word(String folded, int offset) {
    }

    private static final int STEM = 4;

    private final Set<String> words = new HashSet<>();
    private final Map<String, List<String>> byStem = new HashMap<>();

    void add(Collection<String> phrase) {
        for (String w : phrase) {
            if (words.add(w) && w.length() >= STEM) {
                byStem.computeIfAbsent(w.substring(0, STEM), k -> new ArrayList<>()).add(w);
            }
        }
    }

    /** Which name words each of the sentence's words is. */
    Reading read(List<Word> sentence) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < sentence.size(); i++) {
            String w = sentence.get(i).folded();
            List<String> candidates = w.length() >= STEM ? byStem.getOrDefault(w.substring(0, STEM), List.of())
                    : words.contains(w) ? List.of(w) : List.of();
            for (String name : candidates) {
                if (sameWord(w, name)) {
                    at.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
                }
            }
        }
        return new Reading(sentence, at);
    }

    /** A sentence read against the lexicon. */
    final class Reading {
        private final List<Word> words;
        /** Name word → the indices, ascending, of the sentence words that are it. */
        private final Map<String, List<Integer>> at;

        private Reading(List<Word> words, Map<String, List<Integer>> at) {
            this.words = words;
            this.at = at;
        }

        List<Word> words() {
            return words;
        }

        /** The name words the sentence has. */
        Set<String> nameWords() {
            return at.keySet();
        }

        /** The offset of the first sentence word that is the name word {@code p}, inflection aside; or -1. */
        int position(String p) {
            List<Integer> found = indicesOf(p);
            return found.isEmpty() ? -1 : words.get(found.get(0)).offset();
        }

        /** The indices of the sentence words that are the name word {@code p}, ascending. */
        List<Integer> indicesOf(String p) {
            if (!Lexicon.this.words.contains(p)) {
                // A word never added would be reported missing from every sentence: a bug, not a finding.
                throw new IllegalArgumentException("not a word of the lexicon: " + p);
            }
            return at.getOrDefault(p, List.of());
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
            // A short word ("шарт") only takes endings: "шартқа", not "шарықтау".
            return sentenceWord.startsWith(nameWord);
        }
        int shorter = Math.min(sentenceWord.length(), nameWord.length());
        int common = 0;
        while (common < shorter && sentenceWord.charAt(common) == nameWord.charAt(common)) {
            common++;
        }
        return common >= Math.max(STEM, nameWord.length() - 2);
    }
}
