package dev.kzuz.cli;

import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The root's usage without its subcommands built: the list of commands comes from the names in
 * {@link Subcommand} and the headers in the root's help bundle (the keys their models would read),
 * laid out as picocli lays out its own. Building a model and a command line for each of seventeen
 * commands only to list them was most of '--help'.
 */
final class RootHelp extends Help {
    private final List<String> commands;

    RootHelp(CommandSpec spec, ColorScheme colors, List<String> commands) {
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
        for (String name : commands) {
            longest = Math.max(longest, name.length());
        }
        int nameWidth = Math.min(longest, width / 2);
        @SuppressWarnings("deprecation") // picocli's own commandList makes its table so: the same layout, byte for byte
        TextTable table = TextTable.forColumns(colorScheme().ansi(),
                new Column(nameWidth + 2, 2, Column.Overflow.SPAN),
                new Column(width - (nameWidth + 2), 2, Column.Overflow.WRAP));
        table.setAdjustLineBreaksForWideCJKCharacters(usage.adjustLineBreaksForWideCJKCharacters());
        for (String name : commands) {
            // "kzuz.treaties.usage.header": picocli qualifies the key with the root's name.
            String header = usage.messages().getString(name + ".usage.header", "");
            Ansi.Text[] lines = colorScheme().text(String.format(header)).splitLines();
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(i == 0 ? colorScheme().commandText(name) : colorScheme().text(""), lines[i]);
            }
        }
        return table.toString();
    }
}
