package dev.kzuz.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** 'kzuz help [COMMAND]': picocli's help command, with its model built in code like the others. */
final class HelpCommand implements Runnable, CommandLine.IHelpCommandInitializable2 {
    private final Arg<String> command = new Arg<>(null);
    private final CommandSpec spec;
    private CommandLine self;
    private ColorScheme colors;
    private PrintWriter out;

    HelpCommand() {
        spec = Model.command(this, "help");
        spec.helpCommand(true);
        spec.addPositional(Model.parameter("0..1", "COMMAND", command).completionCandidates(Subcommand.names()).build());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).descriptionKey("help").build());
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
