package dev.kzuz.cli;

import java.util.Locale;

/**
 * The groups of command lines that load much the same classes, each with its own class-data
 * archive (bin/kzuz makes one per group, trained by build.Train): a JDK 25 AOT cache loads all
 * it holds at start-up, so an archive of more than a command needs makes it slower. A command
 * runs in its own group ({@link Subcommand}); bin/kzuz moves a command line to {@code data} for
 * JSON or CSV output, to {@code help} for usage and mistyped names, and to {@code full} when the
 * citation processor, YAML overlays or charts load.
 */
public enum ArchiveGroup {
    LIST, SHOW, SEARCH, TRADE, DATA, HELP, FULL;

    /** The group's name as bin/kzuz and build.Train spell it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The group of that name, or null. */
    public static ArchiveGroup ofWord(String word) {
        for (ArchiveGroup g : values()) {
            if (g.word().equals(word)) {
                return g;
            }
        }
        return null;
    }
}
