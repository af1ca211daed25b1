package dev.kzuz.cli;

import dev.kzuz.model.Lang;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.Messages;

/**
 * The words of the usage help, one picocli resource bundle per language: {@link HelpWords}
 * (English), {@link HelpWords_kk}, {@link HelpWords_ru}. The command model holds only their keys;
 * a bundle is made when help is printed (or a man page or completion script is written), never
 * on a run that prints none.
 */
public final class HelpText {
    private HelpText() {
    }

    /**
     * The bundle of {@code lang}, on its own: no parent, so a key one language lacks is no English
     * fallback (HelpTextTest holds them to the same keys), and no locale lookup.
     */
    public static ResourceBundle bundle(Lang lang) {
        return switch (lang) {
            case EN -> new HelpWords();
            case KK -> new HelpWords_kk();
            case RU -> new HelpWords_ru();
            case UZ -> new HelpWords_uz();
        };
    }

    /** Gives {@code cmd} and its subcommands the words of {@code lang}. */
    public static void use(CommandLine cmd, Lang lang) {
        use(cmd, bundle(lang));
    }

    /** Gives {@code cmd} and its subcommands the words of {@code words}. */
    static void use(CommandLine cmd, ResourceBundle words) {
        give(cmd.getCommandSpec(), words);
    }

    /**
     * What picocli's CommandSpec.resourceBundle does, but for the reflective call with which it
     * asks each command's bundle for its base name (these have none): on JDK 17, Method.invoke
     * makes a class of its own after fifteen calls, and 'kzuz help' gives seventeen commands their
     * words.
     */
    private static void give(CommandSpec spec, ResourceBundle words) {
        Messages messages = new Messages(spec, null, words);
        spec.usageMessage().messages(messages);
        for (ArgSpec arg : spec.args()) {
            arg.messages(messages);
        }
        for (CommandLine sub : spec.subcommands().values()) {
            give(sub.getCommandSpec(), words);
        }
    }
}
