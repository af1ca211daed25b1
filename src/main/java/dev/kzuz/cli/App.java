package dev.kzuz.cli;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.query.Search;
import dev.kzuz.query.SearchIndex;
import java.io.InputStream;
import java.util.List;

/**
 * The state one run (or one interactive session) shares: where output goes, what standard
 * input is, and the loaded knowledge base, kept so a session loads it once.
 */
public final class App {
    private final Terminal terminal;
    private final InputStream stdin;
    private List<String> loadedKey;
    private LoadResult loaded;
    private Search search;

    public App(Terminal terminal) {
        this(terminal, System.in);
    }

    /** With another standard input than the process's: for tests. */
    public App(Terminal terminal, InputStream stdin) {
        this.terminal = terminal;
        this.stdin = stdin;
    }

    public Terminal terminal() {
        return terminal;
    }

    /** What {@code check -} reads. */
    InputStream stdin() {
        return stdin;
    }

    LoadResult load(List<KbSource> layers) {
        List<String> key = new java.util.ArrayList<>();
        for (KbSource layer : layers) {
            key.add(layer.name());
        }
        if (loaded == null || !key.equals(loadedKey)) {
            loaded = KbLoader.load(layers);
            loadedKey = key;
            search = null;
        }
        return loaded;
    }

    /** The search over the loaded records: the jar's prebuilt index unless overlays change the records. */
    Search search(List<KbSource> layers, KnowledgeBase kb) {
        if (search == null) {
            SearchIndex index = layers.size() == 1 ? SearchIndex.bundled() : null;
            search = new Search(kb, index != null ? index : SearchIndex.build(kb, kb.all()));
        }
        return search;
    }
}
