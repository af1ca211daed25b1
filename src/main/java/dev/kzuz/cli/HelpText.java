package dev.kzuz.cli;

import dev.kzuz.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The words of the usage help, one picocli resource bundle per language beside this class:
 * Help.properties (English), Help_kk.properties, Help_ru.properties. The command model holds
 * only their keys; a bundle is read when help is printed (or a man page or completion script
 * is written), never on a run that prints none.
 */
public final class HelpText {
    private HelpText() {
    }

    /**
     * The bundle of {@code lang}, read as it is: no parent, so a key one language lacks is no
     * English fallback (HelpTextTest holds the three to the same keys), and no locale lookup.
     */
    public static ResourceBundle bundle(Lang lang) {
        String file = lang == Lang.EN ? "Help.properties" : "Help_" + lang.code() + ".properties";
        try (InputStream in = HelpText.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no usage help in " + lang.code() + " (" + file + ")");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives {@code cmd} and its subcommands the words of {@code lang}. */
    public static void use(CommandLine cmd, Lang lang) {
        cmd.setResourceBundle(bundle(lang));
    }
}
