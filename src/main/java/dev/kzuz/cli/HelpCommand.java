package dev.kzuz.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** 'kzuz help [COMMAND]': picocli's help command, with its model built in code like the others. */
final class HelpCommand implements Runnable, CommandLine.IHelpCommandInitializable2 {
    static final String HEADER = "Display help information about the specified command.";
    private final Arg<String> command = new Arg<>(null);
    private final CommandSpec spec;
    private CommandLine self;
    private ColorScheme colors;
    private PrintWriter out;

    HelpCommand() {
        spec = Model.command(this, "help", HEADER,
                "%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                "If a COMMAND is specified, the help for that command is shown.%n");
        spec.helpCommand(true);
        spec.usageMessage().synopsisHeading("%nUsage: ");
        spec.addPositional(Model.parameter("0..1", "COMMAND", command, "The COMMAND to display the usage help message for.")
                .completionCandidates(Subcommand.names()).build());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show usage help for the help command and exit.").build());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        String name = command.value();
        if (name == null) {
            parent.usage(out, colors);
            return;
        }
        CommandLine sub = parent.getSubcommands().get(name);
        if (sub == null) {
            throw new ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
        }
        sub.usage(out, colors);
    }
}
