package dev.kzuz.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;

/** The root command: lists the subcommands; with none, prints usage. */
public final class KzuzCommand implements Runnable {
    static final String VERSION = "kzuz 0.1.0";
    static final IVersionProvider VERSION_PROVIDER = new Version();

    /** The version, kept in one place. */
    private static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {VERSION};
        }
    }

    /** The subcommands in help order, each with the line that heads its help (and the root's list). */
    private static final String[][] HEADERS = {
        {"treaties", "List treaties and other signed instruments, in date order."},
        {"treaty", "Show one treaty in full: every field, claim and source."},
        {"events", "List dated events (visits, summits, exercises…), in date order."},
        {"event", "Show one event in full: every field, claim and source."},
        {"institutions", "List the institutions, with Kazakhstan's and Uzbekistan's latest standing in each."},
        {"institution", "Show one institution in full, with its membership history by country."},
        {"claims", "List the essay's factual claims with their verdicts: what to know before citing the essay."},
        {"trade", "Kazakhstan–Uzbekistan trade by year and reporter, with growth and the gap between the two sides' figures."},
        {"search", "Find records by any spelling — Kazakh, Russian, English or Uzbek, Cyrillic or Latin, with typos."},
        {"timeline", "Every dated item in order: treaties, events, and institution milestones (founded, joined, left, suspended, dissolved)."},
        {"check", "Fact-check a Markdown or plain-text draft (Kazakh, Russian, English) against the knowledge base."},
        {"cite", "Write a Markdown sentence for each record, citing its sources as footnotes in GOST, APA or Chicago style."},
        {"sources", "The bibliography: all sources, or those of the records named, styled or exported for pandoc, Zotero and LaTeX."},
        {"shell", "An interactive session: the same commands, with tab completion and history, the knowledge base loaded once."},
        {"validate", "Check the knowledge base, and any --kb folders on top of it, against every rule."},
    };

    /** The subcommands, in help order. */
    static final List<String> SUBCOMMANDS = names();

    private static List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        for (String[] h : HEADERS) {
            names.add(h[0]);
        }
        return List.copyOf(names);
    }

    /** The line that heads a subcommand's help. */
    static String header(String name) {
        for (String[] h : HEADERS) {
            if (h[0].equals(name)) {
                return h[1];
            }
        }
        throw new IllegalArgumentException(name);
    }

    private final App app;
    private final CommandSpec spec;

    public KzuzCommand(App app) {
        this.app = app;
        spec = Model.command(this, "kzuz", null, "Kazakhstan–Uzbekistan relations: treaties, events, institutions, trade — sourced.");
        Model.standardHelp(spec);
    }

    /** The root's model, to make a {@link CommandLine} of. */
    public CommandSpec spec() {
        return spec;
    }

    App app() {
        return app;
    }

    /** A new command of this name, or null. */
    private static BaseCommand create(String name) {
        return switch (name) {
            case "treaties" -> new TreatiesCommand();
            case "treaty" -> DetailCommand.treaty();
            case "events" -> new EventsCommand();
            case "event" -> DetailCommand.event();
            case "institutions" -> new InstitutionsCommand();
            case "institution" -> DetailCommand.institution();
            case "claims" -> new ClaimsCommand();
            case "trade" -> new TradeCommand();
            case "search" -> new SearchCommand();
            case "timeline" -> new TimelineCommand();
            case "check" -> new CheckCommand();
            case "cite" -> new CiteCommand();
            case "sources" -> new SourcesCommand();
            case "shell" -> new ShellCommand();
            case "validate" -> new ValidateCommand();
            default -> null;
        };
    }

    /**
     * Adds the subcommands {@code args} need, as few as can be: building the model of every
     * command costs start-up time. The command named, alone; for the root's usage and version,
     * none (the usage lists them from the table); for an unknown name (suggestions), names and
     * headers; every command in full for 'help', or without {@code args} (completion, the man
     * page, the shell).
     */
    public static void addSubcommands(CommandLine root, String[] args) {
        KzuzCommand kzuz = root.getCommand();
        String first = args == null || args.length == 0 ? null : args[0];
        BaseCommand only = first == null ? null : create(first);
        if (only != null) {
            kzuz.add(root, only);
        } else if (args != null && (first == null || first.startsWith("-"))) {
            // Usage, help or version: the usage lists the commands from the table (RootHelp).
            root.setHelpFactory(new RootHelpFactory(kzuz.spec, listedCommands()));
        } else if (args != null && !"help".equals(first)) {
            // A mistyped command: its suggestions need the names registered.
            for (String[] c : listedCommands()) {
                listed(root, c[0], c[1]);
            }
        } else {
            for (String name : SUBCOMMANDS) {
                kzuz.add(root, create(name));
            }
            // 'kzuz help treaties' needs the others registered, so help only comes with all of them.
            root.addSubcommand("help", new HelpCommand().spec());
        }
    }

    /** What the root's usage lists, name and header: the subcommands, then 'help'. */
    private static String[][] listedCommands() {
        String[][] listed = java.util.Arrays.copyOf(HEADERS, HEADERS.length + 1);
        listed[HEADERS.length] = new String[] {"help", HelpCommand.HEADER};
        return listed;
    }

    /** The root's help from the table; any other command's, picocli's own. */
    private record RootHelpFactory(CommandSpec root, String[][] commands) implements CommandLine.IHelpFactory {
        @Override
        public CommandLine.Help create(CommandSpec spec, CommandLine.Help.ColorScheme colors) {
            return spec == root ? new RootHelp(spec, colors, commands) : new CommandLine.Help(spec, colors);
        }
    }

    /** A subcommand as a mistyped name's suggestions need it; never run (a command line naming it gets the real one). */
    private static void listed(CommandLine root, String name, String header) {
        CommandSpec listed = CommandSpec.create().name(name);
        listed.usageMessage().header(header);
        root.addSubcommand(name, listed);
    }

    private void add(CommandLine root, BaseCommand command) {
        command.root = this;
        root.addSubcommand(command.spec.name(), command.model());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
