package dev.kzuz.cli;

import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The root's usage without its subcommands built: the list of commands comes from the names and
 * headers in {@link Subcommand}, laid out as picocli lays out its own. Building a model and a
 * command line for each of seventeen commands only to list them was most of '--help'.
 */
final class RootHelp extends Help {
    private final String[][] commands;

    RootHelp(CommandSpec spec, ColorScheme colors, String[][] commands) {
        super(spec, colors);
        this.commands = commands;
    }

    @Override
    protected Ansi.Text createDetailedSynopsisCommandText() {
        return ansi().new Text(0).concat(" ").concat(commandSpec().usageMessage().synopsisSubcommandLabel());
    }

    @Override
    public String commandListHeading(Object... params) {
        return createHeading(commandSpec().usageMessage().commandListHeading(), params);
    }

    /** As picocli's: names in a column as wide as the longest (at most half the width), headers wrapped beside. */
    @Override
    public String commandList() {
        UsageMessageSpec usage = commandSpec().usageMessage();
        int width = usage.width();
        int longest = 0;
        for (String[] c : commands) {
            longest = Math.max(longest, c[0].length());
        }
        int nameWidth = Math.min(longest, width / 2);
        @SuppressWarnings("deprecation") // picocli's own commandList makes its table so: the same layout, byte for byte
        TextTable table = TextTable.forColumns(colorScheme().ansi(),
                new Column(nameWidth + 2, 2, Column.Overflow.SPAN),
                new Column(width - (nameWidth + 2), 2, Column.Overflow.WRAP));
        table.setAdjustLineBreaksForWideCJKCharacters(usage.adjustLineBreaksForWideCJKCharacters());
        for (String[] c : commands) {
            Ansi.Text[] lines = colorScheme().text(c[1]).splitLines();
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(i == 0 ? colorScheme().commandText(c[0]) : colorScheme().text(""), lines[i]);
            }
        }
        return table.toString();
    }
}
