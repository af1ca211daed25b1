package dev.kzuz.query;

import dev.kzuz.model.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * What search knows of one language, from its {@code search-LANG.properties} beside this class:
 * the alphabets it is written in, the letters that tell it from the others, how its words are
 * stemmed (the Snowball stemmers for Russian and English, the file's endings for Kazakh and
 * Uzbek, which have none), its stop words, and the words that ask about a membership change.
 * The build compiles the files into the search index ({@link #compile}): plain "key=value"
 * lines, word lists in lower case, endings in order, so that a search opens no other file and
 * reads them in a few splits (reading the files as written cost 2 ms of a search's start-up).
 * The word lists are compared in lower case, neither folded nor stemmed, for the same reason.
 */
final class SearchLanguage {
    private final Lang lang;
    private final boolean latin;
    private final boolean cyrillic;
    private final String ownLetters;
    /** Lower case ({@link #lower}). */
    private final Set<String> stopwords;
    /** Lower case: whole words, and the beginnings of words (written with a '*' after them). */
    private final Set<String> changes = new HashSet<>();
    private final List<String> changeBeginnings = new ArrayList<>();
    /** Null for a language with a Snowball stemmer. */
    private final SuffixRules endings;
    /** The fewest letters a stem keeps. */
    private final int min;

    /** The compiled form's key of every alphabet the language is met in: its own ({@link Lang#script}) and scripts.also. */
    private static final String SCRIPTS = "scripts";
    private static final String SCRIPTS_ALSO = "scripts.also";
    private static final String OWN_LETTERS = "letters.own";
    private static final String STOPWORDS = "stopwords";
    private static final String MEMBERSHIP_CHANGE = "membership.change";
    private static final String MIN = "stem.min";

    /** The language's words from their {@link #compile compiled} form. */
    private SearchLanguage(Lang lang, Map<String, String> words) {
        this.lang = lang;
        List<String> scripts = split(words.get(SCRIPTS), ',');
        this.latin = scripts.contains("latin");
        this.cyrillic = scripts.contains("cyrillic");
        this.ownLetters = words.get(OWN_LETTERS);
        this.endings = SuffixRules.ofCompiled(words);
        this.min = Integer.parseInt(words.get(MIN));
        this.stopwords = new HashSet<>(split(words.get(STOPWORDS), ','));
        for (String w : split(words.get(MEMBERSHIP_CHANGE), ',')) {
            if (w.endsWith("*")) {
                changeBeginnings.add(w.substring(0, w.length() - 1));
            } else {
                changes.add(w);
            }
        }
    }

    /**
     * A language's file compiled for the index, and checked on the way: "key=value" lines, the
     * alphabets first, then the other keys in order; word lists in lower case, the endings as
     * {@link SuffixRules#compiled}.
     */
    static String compile(Lang lang, String file) {
        String name = fileName(lang);
        Properties p = new Properties();
        try {
            p.load(new StringReader(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> words = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            words.put(key, p.getProperty(key));
        }
        List<String> scripts = new ArrayList<>(List.of(scriptName(lang.script())));
        String also = words.get(SCRIPTS_ALSO);
        for (String script : split(also == null ? "" : also, ',')) {
            if (!script.equals(scriptName(Lang.Script.LATIN)) && !script.equals(scriptName(Lang.Script.CYRILLIC)) || scripts.contains(script)) {
                throw new IllegalStateException(name + ": " + SCRIPTS_ALSO + " names '" + script + "', not another alphabet (latin, cyrillic)");
            }
            scripts.add(script);
        }
        SuffixRules endings = SuffixRules.of(words, name);
        boolean snowball = switch (lang) {
            case EN, RU -> true;
            case KK, UZ -> false;
        };
        if (snowball == (endings != null)) {
            throw new IllegalStateException(name + (snowball ? ": Snowball stems this language; it lists no endings" : ": lists no endings"));
        }
        Map<String, String> out = new TreeMap<>();
        out.put(OWN_LETTERS, required(words, OWN_LETTERS, name).trim());
        out.put(STOPWORDS, lowerList(required(words, STOPWORDS, name)));
        out.put(MEMBERSHIP_CHANGE, lowerList(required(words, MEMBERSHIP_CHANGE, name)));
        out.put(MIN, String.valueOf(Integer.parseInt(required(words, MIN, name).trim())));
        if (endings != null) {
            out.putAll(endings.compiled());
        }
        // The alphabets first: a search reads them of every language, and parses only those it needs.
        StringBuilder b = new StringBuilder(SCRIPTS + "=" + String.join(",", scripts) + "\n");
        for (Map.Entry<String, String> e : out.entrySet()) {
            if (e.getValue().indexOf('\n') >= 0) {
                throw new IllegalStateException(name + ": " + e.getKey() + " has a line break");
            }
            b.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        return b.toString();
    }

    private static String lowerList(String list) {
        List<String> out = new ArrayList<>();
        for (String w : split(list, ',')) {
            out.add(lower(w));
        }
        return String.join(",", out);
    }

    /** The language's words from their {@link #compile compiled} form. */
    static SearchLanguage parse(Lang lang, String compiled) {
        Map<String, String> words = new HashMap<>();
        int from = 0;
        while (from < compiled.length()) {
            int end = compiled.indexOf('\n', from);
            int eq = compiled.indexOf('=', from);
            words.put(compiled.substring(from, eq), compiled.substring(eq + 1, end));
            from = end + 1;
        }
        return new SearchLanguage(lang, words);
    }

    /** The name of a language's file, beside this class. */
    static String fileName(Lang lang) {
        return "search-" + lang.code() + ".properties";
    }

    Lang lang() {
        return lang;
    }

    /**
     * Whether the language of a {@link #compile compiled} file (UTF-8) is written in an alphabet,
     * read from its first line (scripts=..., ASCII) without decoding the rest.
     */
    static boolean writes(byte[] compiled, Lang.Script script) {
        int end = 0;
        while (compiled[end] != '\n') {
            end++;
        }
        return new String(compiled, 0, end, StandardCharsets.ISO_8859_1).contains(scriptName(script));
    }

    private static String scriptName(Lang.Script script) {
        return switch (script) {
            case LATIN -> "latin";
            case CYRILLIC -> "cyrillic";
        };
    }

    boolean writes(Lang.Script script) {
        return switch (script) {
            case LATIN -> latin;
            case CYRILLIC -> cyrillic;
        };
    }

    /** Whether a lower-case word has a letter that tells this language from the others of its alphabet. */
    boolean ownLetterIn(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (ownLetters.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The stem of a lower-case word (apostrophes written '), not folded. */
    String stem(String word) {
        return switch (lang) {
            case RU -> longEnough(snowball(new RussianStemmer(), word), word);
            case EN -> longEnough(snowball(new EnglishStemmer(), word), word);
            case KK, UZ -> endings.strip(word);
        };
    }

    /** A Snowball stem, unless it keeps fewer letters than a stem must ("Семей" is no form of "сем"). */
    private String longEnough(String stem, String word) {
        return stem.length() < min ? word : stem;
    }

    /** A new stemmer each time: one keeps its word, and the shell may run two searches at once. */
    private static String snowball(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Whether a lower-case word is an ending of this language on its own (Kazakh ШЫҰ-ға). */
    boolean isEnding(String word) {
        return endings != null && endings.isEnding(word);
    }

    /** Whether a lower-case word is one that says nothing about which record is meant. */
    boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    /** Whether a lower-case word asks about a country leaving, suspending or returning. */
    boolean isMembershipChange(String word) {
        if (changes.contains(word)) {
            return true;
        }
        for (String beginning : changeBeginnings) {
            if (word.startsWith(beginning)) {
                return true;
            }
        }
        return false;
    }

    /** A word as stemmed: lower case, every kind of apostrophe written '. */
    static String lower(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        for (char apostrophe : new char[] {'’', '‘', 'ʻ', 'ʼ', '`'}) {
            s = s.replace(apostrophe, '\'');
        }
        return s;
    }

    private static String required(Map<String, String> words, String key, String file) {
        String value = words.get(key);
        if (value == null) {
            throw new IllegalStateException(file + ": no " + key);
        }
        return value;
    }

    /** The non-empty, trimmed parts of a list (by hand: no regular expression at start-up). */
    static List<String> split(String list, char separator) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from <= list.length()) {
            int to = list.indexOf(separator, from);
            if (to < 0) {
                to = list.length();
            }
            String part = list.substring(from, to).trim();
            if (!part.isEmpty()) {
                out.add(part);
            }
            from = to + 1;
        }
        return out;
    }
}
