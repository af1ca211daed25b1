package dev.kzuz.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;

/** The root command: lists the subcommands; with none, prints usage. */
public final class KzuzCommand implements Runnable {
    static final String VERSION = "kzuz 0.1.0";
    static final IVersionProvider VERSION_PROVIDER = () -> new String[] {VERSION};

    /** The subcommands, in help order. */
    static final List<String> SUBCOMMANDS = List.of("treaties", "treaty", "events", "event", "institutions", "institution", "claims",
            "trade", "search", "timeline", "check", "cite", "sources", "shell", "validate");

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
     * Adds the subcommand {@code args} names, or all of them (for help, completion, an unknown
     * name): building the model of every command costs start-up time.
     */
    public static void addSubcommands(CommandLine root, String[] args) {
        KzuzCommand kzuz = root.getCommand();
        String first = args == null || args.length == 0 || args[0].startsWith("-") ? null : args[0];
        BaseCommand only = first == null ? null : create(first);
        if (only != null) {
            kzuz.add(root, only);
        } else {
            for (String name : SUBCOMMANDS) {
                kzuz.add(root, create(name));
            }
            // 'kzuz help treaties' needs the others registered, so help only comes with all of them.
            root.addSubcommand("help", new HelpCommand().spec());
        }
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
