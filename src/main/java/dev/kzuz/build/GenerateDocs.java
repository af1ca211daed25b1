package dev.kzuz.build;

import dev.kzuz.cli.App;
import dev.kzuz.cli.Cli;
import dev.kzuz.cli.HelpText;
import dev.kzuz.cli.LangSetting;
import dev.kzuz.cli.Terminal;
import dev.kzuz.model.Lang;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Run by the build (package): writes the bash, zsh and fish completion scripts and the man page
 * sources from the command model, so they never drift from the commands. The committed
 * completions/ must equal what this writes (a test checks). The man pages are written in English
 * into the folder given, and in Kazakh, Russian and Uzbek into its kk/, ru/ and uz/.
 */
public final class GenerateDocs {
    private GenerateDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path completions = Path.of(args[0]);
        Path manAdoc = Path.of(args[1]);
        CommandLine cmd = Cli.commandLine(new App(new Terminal(false)), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false);
        HelpText.use(cmd, Lang.EN);
        Files.createDirectories(completions);
        String bash = AutoComplete.bash("kzuz", cmd);
        Files.writeString(completions.resolve("kzuz.bash"), bash, StandardCharsets.UTF_8);
        // zsh runs the same functions through bashcompinit.
        Files.writeString(completions.resolve("kzuz.zsh"), "#compdef kzuz\n"
                + "# zsh completion for kzuz: the bash script, run through bashcompinit.\n"
                + "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + bash,
                StandardCharsets.UTF_8);
        Files.writeString(completions.resolve("kzuz.fish"), FishCompletion.script(cmd), StandardCharsets.UTF_8);
        for (Lang lang : LangSetting.SHOWN) {
            Path dir = lang == Lang.EN ? manAdoc : manAdoc.resolve(lang.code());
            HelpText.use(cmd, lang);
            manPages(cmd, dir, headings(lang));
        }
        System.out.println("kzuz: completions in " + completions + ", man page sources in " + manAdoc);
    }

    /**
     * The lines picocli's man page generator writes in English whatever the command model's
     * language, each with its line in {@code lang} (the help bundle's "man." words).
     */
    private static Map<String, String> headings(Lang lang) {
        ResourceBundle words = HelpText.bundle(lang);
        Map<String, String> headings = new HashMap<>();
        headings.put(":manmanual: Kzuz Manual", ":manmanual: " + words.getString("man.manual"));
        for (String heading : List.of("Name", "Synopsis", "Description", "Options", "Arguments", "Commands")) {
            headings.put("== " + heading, "== " + words.getString("man." + heading.toLowerCase(Locale.ROOT)));
        }
        return headings;
    }

    /**
     * picocli's man page sources in {@code dir}, with the headings its generator writes in English
     * (its other words come from the command model) put in the help bundle's words: {@code headings}
     * maps each line to its replacement.
     */
    private static void manPages(CommandLine cmd, Path dir, Map<String, String> headings) throws IOException {
        Files.createDirectories(dir);
        ManPageGenerator.generateManPage(new File(dir.toString()), null, new boolean[0], false, cmd.getCommandSpec());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                List<String> lines = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    lines.add(headings.getOrDefault(line, line));
                }
                Files.write(file, lines, StandardCharsets.UTF_8);
            }
        }
    }
}
