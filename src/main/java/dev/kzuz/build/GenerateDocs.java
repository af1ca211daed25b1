package dev.kzuz.build;

import dev.kzuz.cli.App;
import dev.kzuz.cli.Cli;
import dev.kzuz.cli.Terminal;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Run by the build (process-classes): writes the bash, zsh and fish completion scripts and the
 * man page sources from the command model, so they never drift from the commands. The
 * committed completions/ must equal what this writes (a test checks).
 */
public final class GenerateDocs {
    private GenerateDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path completions = Path.of(args[0]);
        Path manAdoc = Path.of(args[1]);
        CommandLine cmd = Cli.commandLine(new App(new Terminal(false)), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false);
        Files.createDirectories(completions);
        String bash = AutoComplete.bash("kzuz", cmd);
        Files.writeString(completions.resolve("kzuz.bash"), bash, StandardCharsets.UTF_8);
        // zsh runs the same functions through bashcompinit.
        Files.writeString(completions.resolve("kzuz.zsh"), "#compdef kzuz\n"
                + "# zsh completion for kzuz: the bash script, run through bashcompinit.\n"
                + "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + bash,
                StandardCharsets.UTF_8);
        Files.writeString(completions.resolve("kzuz.fish"), FishCompletion.script(cmd), StandardCharsets.UTF_8);
        Files.createDirectories(manAdoc);
        ManPageGenerator.generateManPage(new File(manAdoc.toString()), null, new boolean[0], false,
                cmd.getCommandSpec());
        System.out.println("kzuz: completions in " + completions + ", man page sources in " + manAdoc);
    }
}
