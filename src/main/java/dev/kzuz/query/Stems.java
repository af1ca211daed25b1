package dev.kzuz.query;

import dev.kzuz.model.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stems of a text's words, so that a word's forms meet: "Ташкенте" and "Ташкент",
 * "Самарқандта", "Samarqandda" and "Самарканд", "әріптестігі" and "әріптестік". A word is
 * stemmed in the language of its text when that is known and written in the word's alphabet;
 * else in each language of its alphabet whose own letters it has, or, with none, in every
 * language of its alphabet (a query's language is never known). Stems are folded
 * ({@link Fold}); a word's stems in several languages are kept, each once. One of these
 * remembers the words it stemmed: the records' texts repeat their words, and folding and
 * stemming each anew made indexing the bundled records take seconds.
 */
final class Stems {
    /** A query word: folded as written, its folded stems, and what it says of the query. */
    record Word(String folded, List<String> stems, boolean stopword, boolean membershipChange) {
    }

    /**
     * A word of a text, lower case, with the language of its text (null: not known) and the
     * languages it is stemmed in (none: digits).
     */
    private record Piece(String lower, Lang lang, List<SearchLanguage> languages) {
    }

    /** A word folded, and each word it folds to with its stems (one, unless it folds to several). */
    private record Stemmed(String folded, List<List<String>> words) {
    }

    private final SearchLanguages languages;
    /** A word's stems by language ('-' for not known) and word. */
    private final Map<String, Stemmed> stemmed = new HashMap<>();

    Stems(SearchLanguages languages) {
        this.languages = languages;
    }

    /**
     * The stems of a text in language {@code lang} (null: not known), word by word: words
     * separated by spaces, a word's stems in several languages by '|'.
     */
    String ofText(String text, Lang lang) {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces(text, lang)) {
            for (List<String> word : stems(p).words()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(String.join("|", word));
            }
        }
        return b.toString();
    }

    /** The words of a query, each with its stems in every language it may be in. */
    List<Word> ofQuery(String query) {
        List<Word> out = new ArrayList<>();
        for (Piece p : pieces(query, null)) {
            Stemmed stemmed = stems(p);
            for (List<String> stems : stemmed.words()) {
                // A word that folds to several (a letter no alphabet here has) is several words, not stemmed.
                String word = stemmed.words().size() == 1 ? stemmed.folded() : stems.get(0);
                boolean stopword = false;
                boolean change = false;
                for (SearchLanguage l : p.languages()) {
                    stopword |= l.isStopword(p.lower());
                    change |= l.isMembershipChange(p.lower());
                }
                out.add(new Word(word, stems, stopword, change));
            }
        }
        return out;
    }

    /** The piece folded, and each word it folds to with its stems. */
    private Stemmed stems(Piece p) {
        String key = (p.lang() == null ? "-" : p.lang().code()) + p.lower();
        Stemmed known = stemmed.get(key);
        if (known == null) {
            known = stemsOf(p);
            stemmed.put(key, known);
        }
        return known;
    }

    private static Stemmed stemsOf(Piece p) {
        String folded = Fold.key(p.lower());
        List<List<String>> out = new ArrayList<>();
        if (folded.isEmpty()) {
            return new Stemmed(folded, out);
        }
        if (folded.contains(" ")) {
            for (String token : folded.split(" ")) {
                out.add(List.of(token));
            }
            return new Stemmed(folded, out);
        }
        List<String> stems = new ArrayList<>();
        for (SearchLanguage l : p.languages()) {
            String stem = l.stem(p.lower());
            String s = stem.equals(p.lower()) ? folded : Fold.key(stem);
            if (!s.isEmpty() && !s.contains(" ") && !stems.contains(s)) {
                stems.add(s);
            }
        }
        if (stems.isEmpty()) {
            stems.add(folded);
        }
        out.add(stems);
        return new Stemmed(folded, out);
    }

    /**
     * The words of a text: letters, digits, marks and apostrophes; an ending written after a
     * hyphen (Kazakh ШЫҰ-ға) is left out, as it belongs to the word before.
     */
    private List<Piece> pieces(String text, Lang lang) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        int previousEnd = -1;
        while (i < text.length()) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && wordChar(text.charAt(i))) {
                i++;
            }
            String lower = trimApostrophes(SearchLanguage.lower(text.substring(start, i)));
            boolean afterHyphen = start >= 1 && previousEnd == start - 1 && text.charAt(start - 1) == '-';
            previousEnd = i;
            if (lower.isEmpty()) {
                continue;
            }
            List<SearchLanguage> langs = languages(lower, lang);
            if (afterHyphen && isEnding(lower, langs)) {
                continue;
            }
            out.add(new Piece(lower, lang, langs));
        }
        return out;
    }

    private static boolean isEnding(String lower, List<SearchLanguage> langs) {
        for (SearchLanguage l : langs) {
            if (l.isEnding(lower)) {
                return true;
            }
        }
        return false;
    }

    /** The languages a lower-case word is stemmed in. */
    private List<SearchLanguage> languages(String lower, Lang lang) {
        Lang.Script script = script(lower);
        if (script == null) {
            return List.of();
        }
        if (lang != null && languages.get(lang).writes(script)) {
            return List.of(languages.get(lang));
        }
        List<SearchLanguage> all = languages.writing(script);
        List<SearchLanguage> own = new ArrayList<>();
        for (SearchLanguage l : all) {
            if (l.ownLetterIn(lower)) {
                own.add(l);
            }
        }
        return own.isEmpty() ? all : own;
    }

    /** Cyrillic when a letter is, else Latin when a letter is, else none (digits). */
    static Lang.Script script(String word) {
        boolean latin = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x0400 && c <= 0x052F) {
                return Lang.Script.CYRILLIC;
            }
            latin |= c < 0x0250 && Character.isLetter(c);
        }
        return latin ? Lang.Script.LATIN : null;
    }

    private static boolean wordChar(char c) {
        if (Character.isLetterOrDigit(c) || isApostrophe(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʻ' || c == 'ʼ' || c == '`';
    }

    /** Without quotes around it: apostrophes at the start, and at the end unless of o' or g'. */
    private static String trimApostrophes(String w) {
        int from = 0;
        while (from < w.length() && w.charAt(from) == '\'') {
            from++;
        }
        int to = w.length();
        while (to > from && w.charAt(to - 1) == '\'' && !(to - 2 >= from && (w.charAt(to - 2) == 'o' || w.charAt(to - 2) == 'g'))) {
            to--;
        }
        return w.substring(from, to);
    }
}
