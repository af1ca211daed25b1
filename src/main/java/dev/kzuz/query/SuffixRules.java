package dev.kzuz.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The endings of a language without a Snowball stemmer (Kazakh, Uzbek), stripped from a word to
 * find its stem: again and again the longest listed ending the word ends with is cut off, if the
 * letter before it is one the ending may follow and at least {@code stem.min} letters stay. The
 * rules are data, in the language's {@code search-LANG.properties}, which says more; the build
 * compiles them ({@link #compiled}) into the search index with the endings in order, so that a
 * search does not sort them.
 */
final class SuffixRules {
    private static final String ENDING = "ending.";
    private static final String LETTERS = "letters.";
    /** The keys of the compiled form. */
    private static final String ENDINGS = "endings";
    private static final String ALTERNATION = "alternation";
    private static final String VOWELS = LETTERS + "vowel";
    private static final String MIN = "stem.min";

    /** The endings, longest first; for each the letters it may follow ("" for any), as written (class names, letters) and as letters. */
    private final String[] endings;
    private final String[] written;
    private final String[] after;
    /** The letter classes, by name (vowel: "аәе..."). */
    private final Map<String, String> classes;
    /** After an ending that begins with one of these (letters.vowel), the stem's last letters are alternated back. */
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

    private SuffixRules(String[] endings, String[] written, Map<String, String> classes, String[][] alternation, int min) {
        this.endings = endings;
        this.written = written;
        this.classes = classes;
        String vowels = classes.get("vowel");
        if (vowels == null) {
            throw new IllegalStateException("endings need the letter class " + VOWELS);
        }
        // Each distinct list of classes and letters spelt out once.
        Map<String, String> spelt = new HashMap<>();
        this.after = new String[written.length];
        for (int i = 0; i < written.length; i++) {
            String letters = spelt.get(written[i]);
            if (letters == null) {
                StringBuilder b = new StringBuilder();
                for (String name : SearchLanguage.split(written[i], ' ')) {
                    String named = classes.get(name);
                    b.append(named != null ? named : name);
                }
                letters = b.toString();
                spelt.put(written[i], letters);
            }
            after[i] = letters;
        }
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
            String letters = String.join(" ", SearchLanguage.split(value.substring(bar + 1), ' '));
            for (String ending : SearchLanguage.split(value.substring(0, bar), ' ')) {
                if ((ending + letters).indexOf('/') >= 0 || (ending + letters).indexOf(';') >= 0) {
                    throw new IllegalStateException(file + ": " + e.getKey() + " has '/' or ';'");
                }
                rules.add(new String[] {ending, letters});
            }
        }
        if (rules.isEmpty()) {
            return null;
        }
        rules.sort(LONGEST_FIRST);
        String[] endings = new String[rules.size()];
        String[] written = new String[rules.size()];
        for (int i = 0; i < endings.length; i++) {
            endings[i] = rules.get(i)[0];
            written[i] = rules.get(i)[1];
        }
        String min = words.get(MIN);
        if (min == null) {
            throw new IllegalStateException(file + ": endings need " + MIN);
        }
        String alternations = words.get(ALTERNATION);
        return new SuffixRules(endings, written, classes(words), alternation(alternations == null ? "" : alternations, file),
                Integer.parseInt(min.trim()));
    }

    /** The letter classes of a file's keys (letters.NAME). */
    private static Map<String, String> classes(Map<String, String> words) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : words.entrySet()) {
            if (e.getKey().startsWith(LETTERS) && !e.getKey().equals(LETTERS + "own")) {
                out.put(e.getKey().substring(LETTERS.length()), e.getValue().trim());
            }
        }
        return out;
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

    /**
     * The rules as the index holds them: "endings" lists ENDING/LETTERS pairs, longest first,
     * between ';' (LETTERS as written: class names and letters), and the letter classes as in the file.
     */
    Map<String, String> compiled() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < endings.length; i++) {
            list.append(i == 0 ? "" : ";").append(endings[i]).append('/').append(written[i]);
        }
        StringBuilder pairs = new StringBuilder();
        for (String[] pair : alternation) {
            pairs.append(pairs.length() == 0 ? "" : ",").append(pair[0]).append('>').append(pair[1]);
        }
        Map<String, String> out = new HashMap<>();
        out.put(ENDINGS, list.toString());
        out.put(ALTERNATION, pairs.toString());
        out.put(MIN, String.valueOf(min));
        for (Map.Entry<String, String> c : classes.entrySet()) {
            out.put(LETTERS + c.getKey(), c.getValue());
        }
        return out;
    }

    /** The rules from their {@link #compiled} form, or null when there is none. */
    static SuffixRules ofCompiled(Map<String, String> words) {
        String list = words.get(ENDINGS);
        if (list == null) {
            return null;
        }
        List<String> rules = SearchLanguage.split(list, ';');
        String[] endings = new String[rules.size()];
        String[] written = new String[rules.size()];
        for (int i = 0; i < endings.length; i++) {
            String rule = rules.get(i);
            int slash = rule.indexOf('/');
            endings[i] = rule.substring(0, slash);
            written[i] = rule.substring(slash + 1);
        }
        return new SuffixRules(endings, written, classes(words), alternation(words.get(ALTERNATION), "the search index"),
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
