package dev.kzuz.cli;

import dev.kzuz.model.Lang;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.ParseResult;

/**
 * picocli's own way of running a parsed command line ({@link CommandLine.RunLast}), with the
 * words of any help it prints in the run's language: the --lang of the command asked about, else
 * the App's default. Only a run that prints help settles the language here: '--version' never
 * reads the environment, and a bad KZUZ_LANG fails help as it fails any command.
 */
record HelpLanguage(App app) implements CommandLine.IExecutionStrategy {
    @Override
    public int execute(ParseResult parsed) throws ExecutionException {
        List<CommandLine> commands = parsed.asCommandLineList();
        CommandLine last = commands.get(commands.size() - 1);
        if (printsHelp(commands, last)) {
            try {
                HelpText.use(commands.get(0), language(last));
            } catch (KzuzException e) {
                // Reported as a running command's error is (ErrorHandler): one line and its exit code.
                throw new ExecutionException(last, e.getMessage(), e);
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** Whether picocli prints usage: asked for with -h, by 'help', or by the root alone (its run prints it). */
    private static boolean printsHelp(List<CommandLine> commands, CommandLine last) {
        for (CommandLine c : commands) {
            if (c.isUsageHelpRequested()) {
                return true;
            }
        }
        return last.getCommandSpec().helpCommand() || commands.size() == 1 && !last.isVersionHelpRequested();
    }

    private Lang language(CommandLine command) {
        if (command.getCommand() instanceof BaseCommand c) {
            c.options.settle(app);
            return c.options.lang();
        }
        return app.language().lang();
    }
}
