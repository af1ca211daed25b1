package dev.kzuz.query;

import dev.kzuz.model.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * What search knows of one language, from its {@code search-LANG.properties} beside this class:
 * the alphabets it is written in, the letters that tell it from the others, how its words are
 * stemmed (the Snowball stemmers for Russian and English, the file's endings for Kazakh and
 * Uzbek, which have none), its stop words, and the words that ask about a membership change.
 * The build copies the files into the search index, so a search opens no other file.
 */
final class SearchLanguage {
    /** An alphabet. */
    enum Script { LATIN, CYRILLIC }

    private final Lang lang;
    private final boolean latin;
    private final boolean cyrillic;
    private final String ownLetters;
    /** Folded. */
    private final Set<String> stopwords;
    private final List<String> changeWords;
    /** Folded, as written and as stems: made on first use (a Latin query has no use for Russian's). */
    private volatile Set<String> changes;
    /** Null for a language with a Snowball stemmer. */
    private final SuffixRules endings;

    private SearchLanguage(Lang lang, Map<String, String> words, String file) {
        this.lang = lang;
        List<String> scripts = split(required(words, "scripts", file), ',');
        this.latin = scripts.contains("latin");
        this.cyrillic = scripts.contains("cyrillic");
        if (!latin && !cyrillic || scripts.size() != (latin ? 1 : 0) + (cyrillic ? 1 : 0)) {
            throw new IllegalStateException(file + ": scripts must be latin, cyrillic or both, not " + scripts);
        }
        this.ownLetters = required(words, "letters.own", file).trim();
        this.endings = SuffixRules.of(words, file);
        boolean snowball = switch (lang) {
            case EN, RU -> true;
            case KK, UZ -> false;
        };
        if (snowball == (endings != null)) {
            throw new IllegalStateException(file + (snowball ? ": Snowball stems this language; it lists no endings" : ": lists no endings"));
        }
        this.stopwords = new HashSet<>();
        for (String w : split(required(words, "stopwords", file), ',')) {
            stopwords.add(Fold.key(w));
        }
        this.changeWords = split(required(words, "membership.change", file), ',');
    }

    /** The language's words from the text of its file. */
    static SearchLanguage parse(Lang lang, String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> words = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            words.put(key, p.getProperty(key));
        }
        return new SearchLanguage(lang, words, fileName(lang));
    }

    /** The name of a language's file, beside this class. */
    static String fileName(Lang lang) {
        return "search-" + lang.code() + ".properties";
    }

    Lang lang() {
        return lang;
    }

    boolean writes(Script script) {
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
            case RU -> snowball(new RussianStemmer(), word);
            case EN -> snowball(new EnglishStemmer(), word);
            case KK, UZ -> endings.strip(word);
        };
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

    boolean isStopword(String folded) {
        return stopwords.contains(folded);
    }

    /** Whether a folded word or stem asks about a country leaving, suspending or returning. */
    boolean isMembershipChange(String folded) {
        Set<String> made = changes;
        if (made == null) {
            made = new HashSet<>();
            for (String w : changeWords) {
                String lower = lower(w);
                made.add(Fold.key(lower));
                made.add(Fold.key(stem(lower)));
            }
            changes = made;
        }
        return made.contains(folded);
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
