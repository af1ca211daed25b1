package dev.kzuz.query;

import dev.kzuz.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every language's search words ({@link SearchLanguage}), each decoded and parsed when first
 * needed (a Latin query has no use for Kazakh's). Their files come from beside this class when an
 * index is built, and from the index itself when the jar's is read: a search opens no other file
 * (reading one from the jar would open the jar, which costs more than the search).
 */
final class SearchLanguages {
    private static final Lang[] LANGS = Lang.values();
    /** The texts of the files beside this class, read once. */
    private static volatile SearchLanguages resources;

    /** Each language's file, {@link SearchLanguage#compile compiled}, in UTF-8. */
    private final byte[][] files;
    private final SearchLanguage[] parsed;

    private SearchLanguages(byte[][] files) {
        this.files = files;
        this.parsed = new SearchLanguage[files.length];
    }

    /** The languages of these files ({@link SearchLanguage#compile compiled}, UTF-8), in {@link Lang} order. */
    static SearchLanguages of(byte[][] files) {
        if (files.length != LANGS.length) {
            throw new IllegalArgumentException("search words for " + files.length + " languages, not " + LANGS.length);
        }
        return new SearchLanguages(files.clone());
    }

    /** The languages of the files beside this class. */
    static SearchLanguages fromResources() {
        SearchLanguages made = resources;
        if (made == null) {
            byte[][] files = new byte[LANGS.length][];
            for (Lang lang : LANGS) {
                String file = SearchLanguage.fileName(lang);
                try (InputStream in = SearchLanguages.class.getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IllegalStateException("no " + file + " beside " + SearchLanguages.class.getName());
                    }
                    files[lang.ordinal()] = SearchLanguage.compile(lang, new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            made = new SearchLanguages(files);
            resources = made;
        }
        return made;
    }

    /** A language's file, {@link SearchLanguage#compile compiled}, in UTF-8. */
    byte[] file(Lang lang) {
        return files[lang.ordinal()].clone();
    }

    synchronized SearchLanguage get(Lang lang) {
        SearchLanguage l = parsed[lang.ordinal()];
        if (l == null) {
            l = SearchLanguage.parse(lang, new String(files[lang.ordinal()], StandardCharsets.UTF_8));
            parsed[lang.ordinal()] = l;
        }
        return l;
    }

    /** The languages written in an alphabet, in {@link Lang} order; the others are not parsed. */
    List<SearchLanguage> writing(Lang.Script script) {
        List<SearchLanguage> out = new ArrayList<>();
        for (Lang lang : LANGS) {
            if (SearchLanguage.writes(files[lang.ordinal()], script)) {
                out.add(get(lang));
            }
        }
        return out;
    }
}
