package dev.kzuz.cli;

import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Options every command takes: language, overlays and debugging. */
final class CommonOptions {
    private final Arg<Lang> lang = new Arg<>(Lang.EN);
    private final Arg<List<Path>> kb = new Arg<>(new ArrayList<>());
    private final Arg<Boolean> debug = new Arg<>(false);

    CommonOptions(CommandSpec spec) {
        spec.addOption(Model.option("--lang", "LANG", Lang.class, lang,
                        "Language of titles and labels: en, kk, ru (default: en). A missing translation falls back to English, marked [en].")
                .converters(new Converters.LangConverter()).completionCandidates(new Candidates.Langs()).build());
        spec.addOption(Model.list("--kb", "DIR", Path.class, kb,
                "A folder of your own records (.yaml or .yml files under " + folders() + "), read on top of the bundled ones. Repeatable.")
                .build());
        spec.addOption(Model.flag("--debug", debug, "Show stack traces of errors.").build());
    }

    /** The record folders as --kb's help lists them: "treaties/, events/, …". */
    private static String folders() {
        return RecordType.folderNames("/", ", ");
    }

    Lang lang() {
        return lang.value();
    }

    List<Path> kb() {
        return kb.value();
    }
}
