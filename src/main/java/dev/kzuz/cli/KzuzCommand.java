package dev.kzuz.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands; with none, prints usage. */
@Command(name = "kzuz",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = KzuzCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Kazakhstan–Uzbekistan relations: treaties, events, institutions, trade — sourced.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (a bug: run again with --debug and report it)",
            "2:usage error: unknown command or option, bad value",
            "3:no record with that id",
            "4:the knowledge base (bundled or --kb) is invalid",
            "5:check: the draft contradicts the knowledge base"})
public final class KzuzCommand implements Runnable {
    static final String VERSION = "kzuz 0.1.0";

    /**
     * The subcommands, in help order. They are added when a command line is built, and only
     * the one asked for: building picocli's model of every command costs start-up time.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("treaties", TreatiesCommand::new);
        SUBCOMMANDS.put("treaty", TreatyCommand::new);
        SUBCOMMANDS.put("events", EventsCommand::new);
        SUBCOMMANDS.put("event", EventCommand::new);
        SUBCOMMANDS.put("institutions", InstitutionsCommand::new);
        SUBCOMMANDS.put("institution", InstitutionCommand::new);
        SUBCOMMANDS.put("claims", ClaimsCommand::new);
        SUBCOMMANDS.put("trade", TradeCommand::new);
        SUBCOMMANDS.put("search", SearchCommand::new);
        SUBCOMMANDS.put("timeline", TimelineCommand::new);
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("cite", CiteCommand::new);
        SUBCOMMANDS.put("sources", SourcesCommand::new);
        SUBCOMMANDS.put("shell", ShellCommand::new);
        SUBCOMMANDS.put("validate", ValidateCommand::new);
    }

    @Spec
    CommandSpec spec;

    private final App app;

    public KzuzCommand(App app) {
        this.app = app;
    }

    App app() {
        return app;
    }

    /** Adds the subcommand {@code args} names, or all of them (for help, completion, an unknown name). */
    public static void addSubcommands(CommandLine root, String[] args) {
        String first = args == null || args.length == 0 || args[0].startsWith("-") ? null : args[0];
        Supplier<Object> only = first == null ? null : SUBCOMMANDS.get(first);
        if (only != null) {
            root.addSubcommand(first, only.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> root.addSubcommand(name, command.get()));
            // 'kzuz help treaties' needs the others registered, so help only comes with all of them.
            root.addSubcommand("help", new picocli.CommandLine.HelpCommand());
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version, kept in one place. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {VERSION};
        }
    }
}
