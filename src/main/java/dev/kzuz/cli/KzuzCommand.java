package dev.kzuz.cli;

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
            "5:check: the draft contradicts the knowledge base"},
        subcommands = {
            TreatiesCommand.class,
            TreatyCommand.class,
            EventsCommand.class,
            EventCommand.class,
            InstitutionsCommand.class,
            InstitutionCommand.class,
            ClaimsCommand.class,
            TradeCommand.class,
            SearchCommand.class,
            TimelineCommand.class,
            CheckCommand.class,
            CiteCommand.class,
            SourcesCommand.class,
            ShellCommand.class,
            ValidateCommand.class})
public final class KzuzCommand implements Runnable {
    static final String VERSION = "kzuz 0.1.0";

    @Spec
    CommandSpec spec;

    private final App app;

    public KzuzCommand(App app) {
        this.app = app;
    }

    App app() {
        return app;
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
