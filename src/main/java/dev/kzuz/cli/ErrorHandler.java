package dev.kzuz.cli;

import dev.kzuz.render.Text;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns every failure into one line on stderr and its exit code; a stack trace only with --debug. */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final boolean debug;

    public ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            List<String> suggestions = u.getSuggestions();
            boolean isOption = word.startsWith("-");
            message = "unknown " + (isOption ? "option" : cmd.getSubcommands().isEmpty() ? "argument" : "command") + " '" + word + "'"
                    + (suggestions.isEmpty() ? "" : " — did you mean '" + suggestions.get(0) + "'?");
        }
        err.println("kzuz: " + oneLine(message) + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE.code();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof KzuzException k) {
            err.println("kzuz: " + oneLine(k.getMessage()));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return k.exitCode().code();
        }
        if (ex instanceof ParameterException p) {
            return handleParseException(p, new String[0]);
        }
        err.println("kzuz: internal error: " + oneLine(ex.toString()) + (debug ? "" : " (run again with --debug for details)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    /** The first line, without control characters: messages may quote what the user typed. */
    static String oneLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        String line = (nl < 0 ? t : t.substring(0, nl)).strip();
        if (line.length() > 300) {
            line = line.substring(0, 299) + "…";
        }
        return Text.oneLine(line);
    }
}
