package dev.kzuz.query;

import dev.kzuz.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every language's search words ({@link SearchLanguage}), each parsed when first needed. Their
 * files come from beside this class when an index is built, and from the index itself when the
 * jar's is read: a search opens no other file (reading one from the jar would open the jar,
 * which costs more than the search).
 */
final class SearchLanguages {
    private static final Lang[] LANGS = Lang.values();
    /** The texts of the files beside this class, read once. */
    private static volatile SearchLanguages resources;

    private final String[] texts;
    private final SearchLanguage[] parsed;

    private SearchLanguages(String[] texts) {
        this.texts = texts;
        this.parsed = new SearchLanguage[texts.length];
    }

    /** The languages of these files ({@link SearchLanguage#compile compiled}), in {@link Lang} order. */
    static SearchLanguages of(String[] texts) {
        if (texts.length != LANGS.length) {
            throw new IllegalArgumentException("search words for " + texts.length + " languages, not " + LANGS.length);
        }
        return new SearchLanguages(texts.clone());
    }

    /** The languages of the files beside this class. */
    static SearchLanguages fromResources() {
        SearchLanguages made = resources;
        if (made == null) {
            String[] texts = new String[LANGS.length];
            for (Lang lang : LANGS) {
                String file = SearchLanguage.fileName(lang);
                try (InputStream in = SearchLanguages.class.getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IllegalStateException("no " + file + " beside " + SearchLanguages.class.getName());
                    }
                    texts[lang.ordinal()] = SearchLanguage.compile(lang, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            made = new SearchLanguages(texts);
            resources = made;
        }
        return made;
    }

    /** A language's file, {@link SearchLanguage#compile compiled}. */
    String text(Lang lang) {
        return texts[lang.ordinal()];
    }

    synchronized SearchLanguage get(Lang lang) {
        SearchLanguage l = parsed[lang.ordinal()];
        if (l == null) {
            l = SearchLanguage.parse(lang, texts[lang.ordinal()]);
            parsed[lang.ordinal()] = l;
        }
        return l;
    }

    /** The languages written in an alphabet, in {@link Lang} order; the others are not parsed. */
    List<SearchLanguage> writing(SearchLanguage.Script script) {
        List<SearchLanguage> out = new ArrayList<>();
        for (Lang lang : LANGS) {
            if (SearchLanguage.writes(texts[lang.ordinal()], script)) {
                out.add(get(lang));
            }
        }
        return out;
    }
}
