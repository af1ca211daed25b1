package dev.kzuz.cli;

import dev.kzuz.model.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Options every command takes: language, overlays and debugging. */
final class CommonOptions {
    /** Null unless --lang is given: then the App's default language applies. */
    private final Arg<Lang> lang = new Arg<>(null);
    /** The language this run shows and what chose it: set by {@link #settle} before the command runs. */
    private LangSetting language;
    private final Arg<List<Path>> kb = new Arg<>(new ArrayList<>());
    private final Arg<Boolean> debug = new Arg<>(false);

    CommonOptions(CommandSpec spec) {
        spec.addOption(Model.option("--lang", "LANG", Lang.class, lang)
                .converters(new Converters.LangConverter()).completionCandidates(new Candidates.Langs()).build());
        spec.addOption(Model.list("--kb", "DIR", Path.class, kb).build());
        spec.addOption(Model.flag("--debug", debug).build());
    }

    /** Fixes the language: --lang's, else {@code app}'s default (which may fail: a bad KZUZ_LANG or config file). */
    void settle(App app) {
        Lang given = lang.value();
        language = given != null ? new LangSetting(given, "--lang") : app.language();
    }

    Lang lang() {
        return language.lang();
    }

    LangSetting language() {
        return language;
    }

    List<Path> kb() {
        return kb.value();
    }
}
