package dev.kzuz.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every word kzuz writes in a language — labels, kinds, statuses, countries, months, date
 * patterns, sentence templates — from one class per language ({@link EnglishWords},
 * {@link KazakhWords}, {@link RussianWords}, {@link UzbekWords}).
 * There is no fallback between languages: a key one file lacks is an error here, and
 * CatalogueTest holds every file to the same keys.
 */
public final class Catalogue {
    /** The languages kzuz writes: each has a file of words. */
    public static final List<Lang> LANGUAGES = List.of(Lang.EN, Lang.KK, Lang.RU, Lang.UZ);

    private final Lang lang;
    private final Map<String, String> words;

    private Catalogue(Lang lang, Map<String, String> words) {
        this.lang = lang;
        this.words = Collections.unmodifiableMap(words);
    }

    /** The catalogue of a language kzuz writes (en, kk, ru, uz); each is made once, when first asked for. */
    public static Catalogue of(Lang lang) {
        return switch (lang) {
            case EN -> English.WORDS;
            case KK -> Kazakh.WORDS;
            case RU -> Russian.WORDS;
            case UZ -> Uzbek.WORDS;
        };
    }

    // Holders: the JVM makes each catalogue once, on first use, with no lock to take after.
    private static final class English {
        static final Catalogue WORDS = load(Lang.EN, EnglishWords.WORDS);
    }

    private static final class Kazakh {
        static final Catalogue WORDS = load(Lang.KK, KazakhWords.WORDS);
    }

    private static final class Russian {
        static final Catalogue WORDS = load(Lang.RU, RussianWords.WORDS);
    }

    private static final class Uzbek {
        static final Catalogue WORDS = load(Lang.UZ, UzbekWords.WORDS);
    }

    private static Catalogue load(Lang lang, String[] pairs) {
        Map<String, String> words = new HashMap<>(pairs.length);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (words.put(pairs[i], pairs[i + 1]) != null) {
                throw new IllegalStateException("the " + lang.code() + " words give '" + pairs[i] + "' twice");
            }
        }
        return new Catalogue(lang, words);
    }

    public Lang lang() {
        return lang;
    }

    /** The text under {@code key}; a key the catalogue lacks is a bug. */
    public String get(String key) {
        String w = words.get(key);
        if (w == null) {
            throw new IllegalStateException("the " + lang.code() + " words lack '" + key + "'");
        }
        return w;
    }

    public boolean has(String key) {
        return words.containsKey(key);
    }

    /** The template under {@code key} with each {name} replaced: names and values alternate in {@code args}. */
    public String fill(String key, String... args) {
        return fillIn(get(key), args);
    }

    /** {@code template} with each {name} replaced: names and values alternate in {@code args}. */
    public static String fillIn(String template, String... args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            int close = ch == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(ch);
                i++;
                continue;
            }
            String name = template.substring(i + 1, close);
            String value = null;
            for (int a = 0; a + 1 < args.length; a += 2) {
                if (args[a].equals(name)) {
                    value = args[a + 1];
                    break;
                }
            }
            if (value == null) {
                throw new IllegalStateException("no value for {" + name + "} in '" + template + "'");
            }
            out.append(value);
            i = close + 1;
        }
        return out.toString();
    }

    /** A country's name for an ISO code; a code with no name here as it is. */
    public String country(String code) {
        return has("country." + code) ? get("country." + code) : code;
    }

    public Set<String> keys() {
        return words.keySet();
    }
}
