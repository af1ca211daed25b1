package dev.kzuz.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the checker reads in drafts, one file per language ({@code words-en.properties} and
 * so on beside this class, UTF-8), so that a translator reviews a list, not a regular
 * expression. Each key holds a comma-separated list; the files say what each key means. Loaded
 * once, on first use.
 */
final class WordLists {
    /** The languages with a word file, in the order their words join a pattern. */
    static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz");

    static final String TITLE_STOPWORDS = "title.stopwords";
    static final String TITLE_KINDS = "title.kinds";
    static final String FOUNDING_STARTS = "founding.starts";
    static final String TRADE_WORDS = "trade.words";
    static final String AMOUNT_CURRENCY = "amount.currency";
    static final String AMOUNT_BILLIONS = "amount.billions";
    static final String AMOUNT_MILLIONS = "amount.millions";
    static final String DATE_MONTHS = "date.months";
    static final String SENTENCE_ABBREVIATIONS = "sentence.abbreviations";
    static final String DISSOLUTION_STARTS = "dissolution.starts";
    static final String MEMBERSHIP_JOIN = "membership.join";
    static final String MEMBERSHIP_LEAVE = "membership.leave";
    static final String MEMBERSHIP_SUSPEND = "membership.suspend";
    static final String MEMBERSHIP_OBSERVER = "membership.observer";
    static final String PLACE_EVENT = "place.event";
    static final String PLACE_BEFORE = "place.before";
    static final String PLACE_BETWEEN = "place.between";
    static final String PLACE_ENDINGS = "place.endings";
    static final String PLACE_AFTER = "place.after";
    static final String COUNTRY_NAMES = "country.names";
    static final String PARTIES_JOINERS = "parties.joiners";
    static final String PARTIES_ONLY = "parties.only";
    static final String CUE_EXCEPTIONS = "cue.exceptions";
    static final String ORDINALS = "ordinals";
    static final String DATE_YEAR_ABBREVIATIONS = "date.year.abbreviations";

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");

    private final String language;
    private final Properties words;

    private WordLists(String language, Properties words) {
        this.language = language;
        this.words = words;
    }

    /** Loads the languages' files once, when the checker first needs a word. */
    private static final class Loaded {
        static final List<WordLists> ALL = loadAll();

        private static List<WordLists> loadAll() {
            List<WordLists> out = new ArrayList<>();
            for (String language : LANGUAGES) {
                out.add(load(language));
            }
            return out;
        }
    }

    /** The word lists of one language. */
    static WordLists of(String language) {
        for (WordLists w : Loaded.ALL) {
            if (w.language.equals(language)) {
                return w;
            }
        }
        throw new IllegalArgumentException("no word lists for language '" + language + "'");
    }

    /** One key's words in every language, in {@link #LANGUAGES} order, each once. */
    static List<String> all(String key) {
        Set<String> out = new LinkedHashSet<>();
        for (WordLists w : Loaded.ALL) {
            out.addAll(w.list(key));
        }
        return List.copyOf(out);
    }

    /** One key's words in every language, lower case, as a set to look words up in. */
    static Set<String> lowerCase(String key) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : all(key)) {
            out.add(w.toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** The file name of a language's words, beside this class. */
    static String fileName(String language) {
        return "words-" + language + ".properties";
    }

    static WordLists load(String language) {
        String name = fileName(language);
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the build");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new WordLists(language, p);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    String language() {
        return language;
    }

    Set<String> keys() {
        return words.stringPropertyNames();
    }

    /** The words of a key, in the file's order; none when the list is empty. */
    List<String> list(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(fileName(language) + " has no '" + key + "'");
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return List.of(COMMA.split(trimmed));
    }

    /** The twelve months, January first, each with its names (the first is the full name). */
    List<List<String>> months() {
        List<String> months = list(DATE_MONTHS);
        if (months.size() != 12) {
            throw new IllegalStateException(fileName(language) + " names " + months.size() + " months, not 12");
        }
        List<List<String>> out = new ArrayList<>();
        for (String month : months) {
            out.add(List.of(BAR.split(month)));
        }
        return out;
    }

    /** The ordinals first to tenth, each with its spellings (stems). */
    List<List<String>> ordinals() {
        List<List<String>> out = new ArrayList<>();
        for (String ordinal : list(ORDINALS)) {
            out.add(List.of(BAR.split(ordinal)));
        }
        return out;
    }

    /** A word of a list that stands for itself with any ending ("миллиард*"). */
    static boolean anyEnding(String word) {
        return word.endsWith("*");
    }

    /** A word without its any-ending mark. */
    static String stem(String word) {
        return anyEnding(word) ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * The words as alternatives of a regular expression, each literal; a word marked with * is
     * followed by {@code ending}.
     */
    static String alternatives(List<String> words, String ending) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(Pattern.quote(stem(w)));
            if (anyEnding(w)) {
                out.append(ending);
            }
        }
        return out.toString();
    }
}
