package dev.kzuz.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The endings of a language without a Snowball stemmer (Kazakh, Uzbek), stripped from a word to
 * find its stem: again and again the longest listed ending the word ends with is cut off, if the
 * letter before it is one the ending may follow and at least {@code stem.min} letters stay. The
 * rules are data, in the language's {@code search-LANG.properties}, which says more; the build
 * compiles them ({@link #compiled}) into the search index with the endings in order and their
 * letter classes written out, so a search neither sorts nor looks up anything to read them.
 */
final class SuffixRules {
    private static final String ENDING = "ending.";
    private static final String LETTERS = "letters.";
    /** The keys of the compiled form. */
    private static final String ENDINGS = "endings";
    private static final String ALTERNATION = "alternation";
    private static final String VOWELS = LETTERS + "vowel";
    private static final String MIN = "stem.min";

    /** The endings, longest first, and for each the letters it may follow ("" for any). */
    private final String[] endings;
    private final String[] after;
    /** After an ending that begins with one of these, the stem's last letters are alternated back. */
    private final String vowels;
    /** Pairs: a stem's last letters, and what they become. */
    private final String[][] alternation;
    private final int min;

    /** Longest first; equals (a properties file keeps no order) by their text, then their letters. */
    private static final Comparator<String[]> LONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(String[] a, String[] b) {
            int c = Integer.compare(b[0].length(), a[0].length());
            c = c != 0 ? c : a[0].compareTo(b[0]);
            return c != 0 ? c : a[1].compareTo(b[1]);
        }
    };

    private SuffixRules(String[] endings, String[] after, String vowels, String[][] alternation, int min) {
        this.endings = endings;
        this.after = after;
        this.vowels = vowels;
        this.alternation = alternation;
        this.min = min;
    }

    /** The rules in a language's file (its keys and values), or null when it lists no endings. */
    static SuffixRules of(Map<String, String> words, String file) {
        List<String[]> rules = new ArrayList<>();
        for (Map.Entry<String, String> e : words.entrySet()) {
            if (!e.getKey().startsWith(ENDING)) {
                continue;
            }
            String value = e.getValue();
            int bar = value.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException(file + ": " + e.getKey() + " has no '|' (ENDINGS | LETTERS)");
            }
            StringBuilder letters = new StringBuilder();
            for (String name : SearchLanguage.split(value.substring(bar + 1), ' ')) {
                String named = words.get(LETTERS + name);
                letters.append(named != null ? named : name);
            }
            for (String ending : SearchLanguage.split(value.substring(0, bar), ' ')) {
                rules.add(new String[] {ending, letters.toString()});
            }
        }
        if (rules.isEmpty()) {
            return null;
        }
        rules.sort(LONGEST_FIRST);
        String[] endings = new String[rules.size()];
        String[] after = new String[rules.size()];
        for (int i = 0; i < endings.length; i++) {
            endings[i] = rules.get(i)[0];
            after[i] = rules.get(i)[1];
            if (endings[i].indexOf('/') >= 0 || endings[i].indexOf(';') >= 0 || after[i].indexOf('/') >= 0 || after[i].indexOf(';') >= 0) {
                throw new IllegalStateException(file + ": an ending or its letters has '/' or ';': " + endings[i]);
            }
        }
        String vowels = words.get(VOWELS);
        String min = words.get(MIN);
        if (vowels == null || min == null) {
            throw new IllegalStateException(file + ": endings need " + VOWELS + " and " + MIN);
        }
        String alternations = words.get(ALTERNATION);
        return new SuffixRules(endings, after, vowels.trim(), alternation(alternations == null ? "" : alternations, file),
                Integer.parseInt(min.trim()));
    }

    private static String[][] alternation(String list, String file) {
        List<String[]> pairs = new ArrayList<>();
        for (String pair : SearchLanguage.split(list, ',')) {
            int arrow = pair.indexOf('>');
            if (arrow <= 0) {
                throw new IllegalStateException(file + ": alternation '" + pair + "' is not FROM>TO");
            }
            pairs.add(new String[] {pair.substring(0, arrow).trim(), pair.substring(arrow + 1).trim()});
        }
        return pairs.toArray(new String[0][]);
    }

    /** The rules as the index holds them: "endings" lists ENDING/LETTERS pairs, longest first, between ';'. */
    Map<String, String> compiled() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < endings.length; i++) {
            list.append(i == 0 ? "" : ";").append(endings[i]).append('/').append(after[i]);
        }
        StringBuilder pairs = new StringBuilder();
        for (String[] pair : alternation) {
            pairs.append(pairs.length() == 0 ? "" : ",").append(pair[0]).append('>').append(pair[1]);
        }
        return Map.of(ENDINGS, list.toString(), ALTERNATION, pairs.toString(), VOWELS, vowels, MIN, String.valueOf(min));
    }

    /** The rules from their {@link #compiled} form, or null when there is none. */
    static SuffixRules ofCompiled(Map<String, String> words) {
        String list = words.get(ENDINGS);
        if (list == null) {
            return null;
        }
        List<String> rules = SearchLanguage.split(list, ';');
        String[] endings = new String[rules.size()];
        String[] after = new String[rules.size()];
        for (int i = 0; i < endings.length; i++) {
            String rule = rules.get(i);
            int slash = rule.indexOf('/');
            endings[i] = rule.substring(0, slash);
            after[i] = rule.substring(slash + 1);
        }
        return new SuffixRules(endings, after, words.get(VOWELS), alternation(words.get(ALTERNATION), "the search index"),
                Integer.parseInt(words.get(MIN)));
    }

    /** The stem of a lower-case word (apostrophes written '). */
    String strip(String word) {
        String s = word;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (int i = 0; i < endings.length && !cut; i++) {
                String e = endings[i];
                int at = s.length() - e.length();
                if (at > 0 && s.endsWith(e) && letters(s, at) >= min && (after[i].isEmpty() || after[i].contains(letterBefore(s, at)))) {
                    s = s.substring(0, at);
                    if (vowels.indexOf(e.charAt(0)) >= 0) {
                        s = alternated(s);
                    }
                    cut = true;
                }
            }
        }
        return s;
    }

    /** Whether a word is one of the endings (Kazakh writes them after a hyphen: ШЫҰ-ға, ТМД-дан). */
    boolean isEnding(String word) {
        for (String e : endings) {
            if (e.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private String alternated(String stem) {
        for (String[] pair : alternation) {
            if (stem.endsWith(pair[0])) {
                return stem.substring(0, stem.length() - pair[0].length()) + pair[1];
            }
        }
        return stem;
    }

    /** The letter before {@code at}: with its apostrophe when it is one (Uzbek o', g'). */
    private static String letterBefore(String s, int at) {
        char c = s.charAt(at - 1);
        return c == '\'' && at >= 2 ? s.substring(at - 2, at) : String.valueOf(c);
    }

    /** The letters (not apostrophes) of the first {@code end} characters. */
    private static int letters(String s, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) != '\'') {
                n++;
            }
        }
        return n;
    }
}
