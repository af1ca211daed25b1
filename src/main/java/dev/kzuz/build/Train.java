package dev.kzuz.build;

import dev.kzuz.Kzuz;
import dev.kzuz.cli.App;
import dev.kzuz.cli.ArchiveGroup;
import dev.kzuz.cli.ExitCode;
import dev.kzuz.cli.Terminal;
import dev.kzuz.shell.TerminalSession;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training run for class-data sharing (JDK 17) and the AOT cache (JDK 25): the launcher
 * runs it once per jar, JDK and group, in the background, with the archive flags.
 *
 * <p>One archive per group of commands that load much the same classes: a JDK 25 AOT cache loads
 * everything it holds at start-up (about 14 µs a class), so an archive of every command made a
 * list 12 ms slower than one of its own group; one of lists, details, search and trade together
 * still cost a list 9 ms on JDK 25 and 4 ms on JDK 17 against one of lists alone. The launcher
 * picks the group ({@link ArchiveGroup}) from the command line: the command's own
 * (cli.Subcommand); {@code data} for JSON and CSV output
 * (Jackson and Commons CSV); {@code help} for usage, versions and mistyped names; {@code full}
 * for citations, the draft checker, YAML overlays, charts and the shell, trained on everything.
 */
public final class Train {
    private Train() {
    }

    /**
     * The command lines each group is trained on, a few of each kind of output and one error; the
     * {@code full} group runs them all and {@link #fullOnly} besides. The switch has no default,
     * so a new group cannot go untrained.
     */
    static String[][] trainedOn(ArchiveGroup group) {
        return switch (group) {
            case LIST -> new String[][] {
                {"treaties", "--since", "1994"},
                {"treaties", "--since", "1994", "--until", "1998", "--party", "KG", "--format", "table"},
                {"events", "--since", "1992", "--until", "1995"},
                {"events", "--lang", "ru", "--format", "table"},
                {"institutions"},
                {"institutions", "--format", "table"},
                {"claims", "--verdict", "conflict"},
                {"timeline", "--since", "1997", "--until", "1998", "--lang", "ru"},
                {"treaties", "--since", "abc"},
            };
            case SHOW -> new String[][] {
                {"treaty", "eternal-friendship-1998"},
                {"event", "diplomatic-relations-1992", "--format", "table"},
                {"institution", "cadb"},
                {"institution", "csto", "--lang", "kk", "--format", "table"},
                {"institution", "cadbx"},
            };
            case SEARCH -> new String[][] {
                {"search", "tashkent"},
                {"search", "ташкент", "--format", "table"},
            };
            case TRADE -> new String[][] {
                {"trade"},
                {"trade", "--format", "table"},
                {"trade", "--chart"},
            };
            case DATA -> new String[][] {
                {"treaties", "--format", "json"},
                {"treaties", "--format", "csv"},
                {"institution", "cadb", "--format", "json"},
                {"search", "tashkent", "--format", "json"},
                {"trade", "--format", "csv"},
            };
            case HELP -> new String[][] {
                {},
                {"--help"},
                {"treaties", "--help"},
                {"help", "treaties"},
                {"--version"},
                {"treatis"},
                // Without the launcher's kzuz.cache it only says there is none: nothing is touched.
                {"cache"},
            };
            case FULL -> everyOtherGroup();
        };
    }

    private static String[][] everyOtherGroup() {
        List<String[]> lines = new ArrayList<>();
        for (ArchiveGroup g : ArchiveGroup.values()) {
            if (g != ArchiveGroup.FULL) {
                lines.addAll(List.of(trainedOn(g)));
            }
        }
        return lines.toArray(new String[0][]);
    }

    /**
     * What only the {@code full} group is trained on: the commands that load the rest. Their files
     * are made for the training alone, so the other archives hold no temporary-file classes.
     * ('shell' needs a terminal: the shell's classes come from the commands it runs.)
     */
    static List<String[]> fullOnly(Path draft, Path chart) {
        return List.of(
                new String[] {"treaties", "--since", "1998", "--cite"},
                new String[] {"cite", "cadb", "--lang", "ru"},
                new String[] {"sources", "tokayev-2000", "--format", "bibtex"},
                new String[] {"sources", "cadb", "--format", "csl-json"},
                new String[] {"csl", "gost", "--lang", "kk"},
                new String[] {"check", draft.toString()},
                new String[] {"trade", "--chart-out", chart.toString()},
                new String[] {"validate"});
    }

    public static void main(String[] args) throws IOException {
        // An unknown group's name trains the full archive, as 'full' does.
        ArchiveGroup group = args.length > 0 ? ArchiveGroup.ofWord(args[0]) : null;
        PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        List<String[]> commands = new ArrayList<>(List.of(trainedOn(group != null ? group : ArchiveGroup.FULL)));
        if (group != null && group != ArchiveGroup.FULL) {
            run(commands, none);
            return;
        }
        Path draft = Files.createTempFile("kzuz-train", ".md");
        Path chart = Files.createTempFile("kzuz-train", ".svg");
        Files.writeString(draft, "The Treaty of Eternal Friendship was signed in Tashkent on 31 October 1998.\n"
                + "In 2011 trade reached $1.95 billion.\n");
        try {
            commands.addAll(fullOnly(draft, chart));
            run(commands, none);
        } finally {
            Files.deleteIfExists(draft);
            Files.deleteIfExists(chart);
        }
    }

    /**
     * The environment the commands are trained in. A run without --lang looks for KZUZ_LANG in
     * the process's environment, then for the config file, then at the locale (cli.DefaultLang):
     * trained on that whole path, whatever environment the launcher started the training in, the
     * archive holds its classes (a class the archive lacks has the JVM open the jar, 5–9 ms). No
     * config file (a path in the JDK's folder that nothing makes) and no locale: English output,
     * whatever the user's settings.
     */
    static Map<String, String> environment() {
        System.getenv().get("KZUZ_LANG"); // the process's environment, read as every run reads it
        return Map.of("XDG_CONFIG_HOME", Path.of(System.getProperty("java.home"), "kzuz-training-has-no-config").toString());
    }

    private static void run(List<String[]> commands, PrintWriter none) {
        Map<String, String> env = environment();
        for (String[] c : commands) {
            // An internal error (the jar changed under the run, say) would leave an archive of
            // half the classes: the launcher keeps no archive from a failed training.
            // The App as main makes it, so the archive holds the classes every run loads.
            if (Kzuz.run(new App(new Terminal(false), env, new TerminalSession()), none, none, c) == ExitCode.INTERNAL.code()) {
                System.exit(1);
            }
        }
    }
}
