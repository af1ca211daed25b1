package dev.kzuz.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** Runs one command line: the command model wired to its output and the error handler. */
public final class Cli {
    private Cli() {
    }

    /** The types picocli has converters for that it finds by reflection, none used here, as its exclusion list. */
    static final String PICOCLI_REFLECTIVE_CONVERTERS = "java.sql.Time,java.sql.Timestamp,java.sql.Connection,java.sql.Driver,"
            + "java.time.Duration,java.time.Instant,java.time.LocalDate,java.time.LocalDateTime,java.time.LocalTime,"
            + "java.time.MonthDay,java.time.OffsetDateTime,java.time.OffsetTime,java.time.Period,java.time.Year,"
            + "java.time.YearMonth,java.time.ZonedDateTime,java.time.ZoneId,java.time.ZoneOffset,java.nio.file.Path";

    /** The longest argument accepted: the longest title is a few hundred characters. */
    static final int MAX_ARGUMENT = 10_000;

    /** Runs one command line with the given output; returns the exit code. */
    public static int run(App app, PrintWriter out, PrintWriter err, String... args) {
        for (String a : args) {
            if (a.length() > MAX_ARGUMENT) {
                err.println("kzuz: an argument of " + a.length() + " characters is too long (at most " + MAX_ARGUMENT + ")");
                err.flush();
                return ExitCode.USAGE.code();
            }
        }
        // None of picocli's converters found by reflection (java.sql, java.time, Path) is needed:
        // no option takes those types, and Path options have kzuz's converter. Without this,
        // picocli looks them up on every start (about 10 ms cold). The exact names: the build's
        // patch to picocli finds those without compiling a pattern for each (see pom.xml).
        // An explicit setting wins.
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", PICOCLI_REFLECTIVE_CONVERTERS);
        }
        // picocli looks for Groovy's Closure class when it makes its first command: a class
        // lookup that misses opens the jar and reads its index of five thousand entries (~5 ms).
        System.setProperty("picocli.disable.closures", "true");
        boolean debug = Arrays.asList(args).contains("--debug");
        int code = commandLine(app, out, err, debug, args).execute(args);
        out.flush();
        return code;
    }

    /**
     * The whole command model, wired to the given output: for completion, the man page and the
     * shell. Its help has no words until {@link HelpText#use} gives it a language's (a run gives
     * its own, see {@link HelpLanguage}).
     */
    public static CommandLine commandLine(App app, PrintWriter out, PrintWriter err, boolean debug) {
        return commandLine(app, out, err, debug, null);
    }

    /** The command model for {@code args}: the root and only the subcommand they name, if they name one. */
    public static CommandLine commandLine(App app, PrintWriter out, PrintWriter err, boolean debug, String[] args) {
        ErrorHandler handler = new ErrorHandler(debug);
        CommandLine cmd = new CommandLine(new KzuzCommand(app).spec());
        KzuzCommand.addSubcommands(cmd, args);
        return cmd
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(handler)
                .setExecutionExceptionHandler(handler)
                .setExecutionStrategy(new HelpLanguage(app));
    }
}
