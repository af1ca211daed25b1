package dev.kzuz.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of kzuz's commands, in help order: each one's name, the archive group bin/kzuz
 * runs it in, and the command it makes (the line that heads its help is in the help bundles,
 * {@link HelpText}). The root's usage and model follow it, build.Train trains each group on its
 * commands, and a test holds bin/kzuz's routing to it (the launcher is a shell script and cannot
 * read it).
 */
public enum Subcommand {
    TREATIES("treaties", ArchiveGroup.LIST),
    TREATY("treaty", ArchiveGroup.SHOW),
    EVENTS("events", ArchiveGroup.LIST),
    EVENT("event", ArchiveGroup.SHOW),
    INSTITUTIONS("institutions", ArchiveGroup.LIST),
    INSTITUTION("institution", ArchiveGroup.SHOW),
    CLAIMS("claims", ArchiveGroup.LIST),
    TRADE("trade", ArchiveGroup.TRADE),
    SEARCH("search", ArchiveGroup.SEARCH),
    TIMELINE("timeline", ArchiveGroup.LIST),
    CHECK("check", ArchiveGroup.FULL),
    CITE("cite", ArchiveGroup.FULL),
    SOURCES("sources", ArchiveGroup.FULL),
    CSL("csl", ArchiveGroup.FULL),
    SHELL("shell", ArchiveGroup.FULL),
    VALIDATE("validate", ArchiveGroup.FULL),
    CACHE("cache", ArchiveGroup.HELP);

    private final String command;
    private final ArchiveGroup group;

    Subcommand(String command, ArchiveGroup group) {
        this.command = command;
        this.group = group;
    }

    /** The name typed on the command line. */
    public String command() {
        return command;
    }

    /** The archive group bin/kzuz runs this command in, unless its options move it to another. */
    public ArchiveGroup group() {
        return group;
    }

    /** A new command model of this kind (each run and completion makes its own). */
    BaseCommand create() {
        return switch (this) {
            case TREATIES -> new TreatiesCommand();
            case TREATY -> DetailCommand.treaty();
            case EVENTS -> new EventsCommand();
            case EVENT -> DetailCommand.event();
            case INSTITUTIONS -> new InstitutionsCommand();
            case INSTITUTION -> DetailCommand.institution();
            case CLAIMS -> new ClaimsCommand();
            case TRADE -> new TradeCommand();
            case SEARCH -> new SearchCommand();
            case TIMELINE -> new TimelineCommand();
            case CHECK -> new CheckCommand();
            case CITE -> new CiteCommand();
            case SOURCES -> new SourcesCommand();
            case CSL -> new CslCommand();
            case SHELL -> new ShellCommand();
            case VALIDATE -> new ValidateCommand();
            case CACHE -> new CacheCommand();
        };
    }

    /** The command typed as {@code name}, or null. */
    public static Subcommand named(String name) {
        for (Subcommand c : values()) {
            if (c.command.equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Every command's name, in help order. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Subcommand c : values()) {
            names.add(c.command);
        }
        return List.copyOf(names);
    }
}
