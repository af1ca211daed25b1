package dev.kzuz.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of kzuz's commands, in help order: each one's name, the line that heads its help
 * (and the root's list), the archive group bin/kzuz runs it in, and the command it makes. The
 * root's usage and model follow it, build.Train trains each group on its commands, and a test
 * holds bin/kzuz's routing to it (the launcher is a shell script and cannot read it).
 */
public enum Subcommand {
    TREATIES("treaties", ArchiveGroup.LIST, "List treaties and other signed instruments, in date order."),
    TREATY("treaty", ArchiveGroup.SHOW, "Show one treaty in full: every field, claim and source."),
    EVENTS("events", ArchiveGroup.LIST, "List dated events (visits, summits, exercises…), in date order."),
    EVENT("event", ArchiveGroup.SHOW, "Show one event in full: every field, claim and source."),
    INSTITUTIONS("institutions", ArchiveGroup.LIST, "List the institutions, with Kazakhstan's and Uzbekistan's latest standing in each."),
    INSTITUTION("institution", ArchiveGroup.SHOW, "Show one institution in full, with its membership history by country."),
    CLAIMS("claims", ArchiveGroup.LIST, "List the essay's factual claims with their verdicts: what to know before citing the essay."),
    TRADE("trade", ArchiveGroup.TRADE,
            "Kazakhstan–Uzbekistan trade by year and reporter, with growth and the gap between the two sides' figures."),
    SEARCH("search", ArchiveGroup.SEARCH,
            "Find records by any spelling — Kazakh, Russian, English or Uzbek, Cyrillic or Latin, with typos."),
    TIMELINE("timeline", ArchiveGroup.LIST,
            "Every dated item in order: treaties, events, and institution milestones (founded, joined, left, suspended, dissolved)."),
    CHECK("check", ArchiveGroup.FULL, "Fact-check a Markdown or plain-text draft (Kazakh, Russian, English) against the knowledge base."),
    CITE("cite", ArchiveGroup.FULL,
            "Write a Markdown sentence for each record, citing its sources as footnotes in GOST, APA or Chicago style."),
    SOURCES("sources", ArchiveGroup.FULL,
            "The bibliography: all sources, or those of the records named, styled or exported for pandoc, Zotero and LaTeX."),
    SHELL("shell", ArchiveGroup.FULL,
            "An interactive session: the same commands, with tab completion and history, the knowledge base loaded once."),
    VALIDATE("validate", ArchiveGroup.FULL, "Check the knowledge base, and any --kb folders on top of it, against every rule.");

    private final String command;
    private final ArchiveGroup group;
    private final String header;

    Subcommand(String command, ArchiveGroup group, String header) {
        this.command = command;
        this.group = group;
        this.header = header;
    }

    /** The name typed on the command line. */
    public String command() {
        return command;
    }

    /** The archive group bin/kzuz runs this command in, unless its options move it to another. */
    public ArchiveGroup group() {
        return group;
    }

    /** The line that heads the command's help. */
    public String header() {
        return header;
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
            case SHELL -> new ShellCommand();
            case VALIDATE -> new ValidateCommand();
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
