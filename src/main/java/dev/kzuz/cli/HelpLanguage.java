package dev.kzuz.cli;

import dev.kzuz.model.Lang;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.ParseResult;

/**
 * picocli's own way of running a parsed command line ({@link CommandLine.RunLast}), with the
 * words of any help it prints in the run's language: the --lang of the command asked about, else
 * the App's default (the root, which has none, takes one left over from '--help --lang kk'). Only
 * a run that prints help settles the language here: '--version' never reads the environment, and
 * a bad KZUZ_LANG fails help as it fails any command.
 */
record HelpLanguage(App app) implements CommandLine.IExecutionStrategy {
    @Override
    public int execute(ParseResult parsed) throws ExecutionException {
        List<CommandLine> commands = parsed.asCommandLineList();
        CommandLine last = commands.get(commands.size() - 1);
        if (printsHelp(commands, last)) {
            try {
                HelpText.use(commands.get(0), language(last, parsed.unmatched()));
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

    private Lang language(CommandLine command, List<String> unmatched) {
        if (command.getCommand() instanceof BaseCommand c) {
            c.options.settle(app);
            return c.options.lang();
        }
        Lang asked = askedOfRoot(command, unmatched);
        return asked != null ? asked : app.language().lang();
    }

    /**
     * 'kzuz --help --lang kk': the root has no --lang, and picocli, asked for help, leaves one
     * unmatched rather than refuse it; the help is in the language it names, or it is an error.
     */
    private static Lang askedOfRoot(CommandLine root, List<String> unmatched) {
        for (int i = 0; i < unmatched.size(); i++) {
            String word = unmatched.get(i);
            String value = word.startsWith("--lang=") ? word.substring("--lang=".length())
                    : word.equals("--lang") && i + 1 < unmatched.size() ? unmatched.get(i + 1) : null;
            if (value != null) {
                try {
                    return new Converters.LangConverter().convert(value);
                } catch (CommandLine.TypeConversionException e) {
                    throw new CommandLine.ParameterException(root, "Invalid value for option '--lang': " + e.getMessage());
                }
            }
        }
        return null;
    }
}
