package dev.kzuz.cli;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.query.Search;
import dev.kzuz.query.SearchIndex;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/**
 * The state one run (or one interactive session) shares: where output goes, what standard
 * input is, the environment and the default language it sets, and the loaded
 * knowledge base, kept so a session loads it once. In the shell, a command abandoned with Ctrl-C
 * may still be running when the next one starts, so what is kept is one immutable snapshot
 * replaced as a whole: either command sees a knowledge base and the search made for it, never
 * one with the other's.
 */
public final class App {
    /** The layers' names, what they loaded, and the search over it once one was wanted (else null). */
    private record Loaded(List<String> key, LoadResult result, Search search) {
    }

    private final Terminal terminal;
    /** Null: the process's, as it is when read (the shell gives each command its own). */
    private final InputStream stdin;
    /** What the shell command starts; null where none was given (tests, docs generation, the shell's own session). */
    private final InteractiveSession shell;
    /** Null: the process's, read when first wanted (a run whose --lang decides never reads it). */
    private final Map<String, String> env;
    /** The language when a command's --lang does not say; null until first wanted. */
    private volatile LangSetting language;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    /** With no environment (tests, docs): the language is English unless --lang says. */
    public App(Terminal terminal) {
        this(terminal, null, null, Map.of());
    }

    /** With another standard input than the process's and no environment: for tests. */
    public App(Terminal terminal, InputStream stdin) {
        this(terminal, stdin, null, Map.of());
    }

    /** With the environment {@code env} instead of the process's: for tests. */
    public App(Terminal terminal, Map<String, String> env) {
        this(terminal, null, null, Map.copyOf(env));
    }

    /** For a run from the command line, with the process's environment, where 'kzuz shell' starts {@code shell}. */
    public App(Terminal terminal, InteractiveSession shell) {
        this(terminal, null, shell, null);
    }

    /** As above, with the environment {@code env} instead of the process's: for the archive's training. */
    public App(Terminal terminal, Map<String, String> env, InteractiveSession shell) {
        this(terminal, null, shell, Map.copyOf(env));
    }

    /**
     * For a session of the interactive shell: output to a terminal whose width {@code width}
     * knows, in the language {@code language} until the session sets another.
     */
    public static App session(IntSupplier width, LangSetting language) {
        App app = new App(new Terminal(true, width));
        app.language = language;
        return app;
    }

    private App(Terminal terminal, InputStream stdin, InteractiveSession shell, Map<String, String> env) {
        this.terminal = terminal;
        this.stdin = stdin;
        this.shell = shell;
        this.env = env;
    }

    /** The environment: the one given, else the process's. */
    Map<String, String> env() {
        return env != null ? env : System.getenv();
    }

    /**
     * The language a command shows when its --lang does not say (see {@link DefaultLang}), found
     * once; a bad KZUZ_LANG or config file is a usage error.
     */
    public LangSetting language() {
        LangSetting now = language;
        if (now == null) {
            now = DefaultLang.of(env());
            language = now;
        }
        return now;
    }

    /** Sets the language for the commands that follow (the shell's 'set lang'). */
    public void setLanguage(LangSetting chosen) {
        language = chosen;
    }

    public Terminal terminal() {
        return terminal;
    }

    /** What the shell command runs. */
    InteractiveSession shell() {
        if (shell == null) {
            throw new IllegalStateException("this App was made without a shell");
        }
        return shell;
    }

    /** What {@code check -} reads. */
    InputStream stdin() {
        return stdin != null ? stdin : System.in;
    }

    LoadResult load(List<KbSource> layers) {
        List<String> key = new java.util.ArrayList<>();
        for (KbSource layer : layers) {
            key.add(layer.name());
        }
        Loaded now = loaded.get();
        if (now != null && now.key().equals(key)) {
            return now.result();
        }
        LoadResult result = KbLoader.load(layers);
        loaded.set(new Loaded(key, result, null));
        return result;
    }

    /** The search over the loaded records: the jar's prebuilt index unless overlays change the records. */
    Search search(List<KbSource> layers, KnowledgeBase kb) {
        Loaded now = loaded.get();
        boolean forKb = now != null && now.result().kb() == kb;
        if (forKb && now.search() != null) {
            return now.search();
        }
        SearchIndex index = layers.size() == 1 ? SearchIndex.bundled() : null;
        Search search = new Search(kb, index != null ? index : SearchIndex.build(kb, kb.all()));
        if (forKb) {
            // Kept unless another command loaded other layers meanwhile.
            loaded.compareAndSet(now, new Loaded(now.key(), now.result(), search));
        }
        return search;
    }
}
