package dev.kzuz.cli;

import dev.kzuz.model.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command takes: language, overlays and debugging. */
public final class CommonOptions {
    @Option(names = "--lang", paramLabel = "LANG", converter = Converters.LangConverter.class, completionCandidates = Candidates.Langs.class,
            description = "Language of titles and labels: en, kk, ru (default: en). A missing translation falls back to English, marked [en].")
    Lang lang = Lang.EN;

    @Option(names = "--kb", paramLabel = "DIR",
            description = "A folder of your own records (.yaml or .yml files under treaties/, events/, institutions/, trade/, sources/, places/, claims/), read on top of the bundled ones. Repeatable.")
    List<Path> kb = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;
}
