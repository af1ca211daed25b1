package dev.kzuz.shell;

import dev.kzuz.cli.App;
import dev.kzuz.cli.HelpText;
import dev.kzuz.cli.LangSetting;
import dev.kzuz.model.Lang;
import dev.kzuz.render.Text;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Completer;
import org.jline.reader.impl.completer.ArgumentCompleter;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.reader.impl.completer.StringsCompleter;

/**
 * The shell's own 'set': shows or changes what the session's commands share, their language
 * for now. Not a kzuz command: it means nothing outside a session.
 */
final class SetCommand {
    private SetCommand() {
    }

    /** What 'help' adds to the commands' usage in the shell, in {@code lang}: the help bundle's "shell.help". */
    static String help(Lang lang) {
        return HelpText.bundle(lang).getString("shell.help") + "\n";
    }

    /** Runs 'set' with {@code args}, the words after it, in the session {@code app}; returns the line to print. */
    static String run(App app, List<String> args) {
        if (args.isEmpty() || args.size() == 1 && args.get(0).equals("lang")) {
            return "lang: " + app.language().describe();
        }
        if (!args.get(0).equals("lang")) {
            return "kzuz: set: no setting '" + Text.oneLine(args.get(0)) + "' (there is one: lang)";
        }
        if (args.size() > 2) {
            return "kzuz: set lang: one language at a time (as in 'set lang kk')";
        }
        Lang lang = LangSetting.shown(args.get(1));
        if (lang == null) {
            return "kzuz: set lang: " + LangSetting.notShown(Text.oneLine(args.get(1)));
        }
        LangSetting chosen = new LangSetting(lang, LangSetting.SET_IN_SESSION);
        app.setLanguage(chosen);
        return "lang: " + chosen.describe();
    }

    /** Completes 'set', 'set lang' and its languages. */
    static Completer completer() {
        List<String> codes = new ArrayList<>();
        for (Lang lang : LangSetting.SHOWN) {
            codes.add(lang.code());
        }
        return new ArgumentCompleter(new StringsCompleter("set"), new StringsCompleter("lang"), new StringsCompleter(codes), NullCompleter.INSTANCE);
    }
}
