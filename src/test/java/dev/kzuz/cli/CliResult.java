package dev.kzuz.cli;

import dev.kzuz.Kzuz;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of the real command line, with what it printed. */
public record CliResult(int exitCode, String out, String err) {

    /**
     * Runs kzuz as the launcher would, but with output captured, stdout not a terminal and an
     * empty environment: a machine's LANG or KZUZ_LANG never changes what a test sees.
     */
    public static CliResult run(String... args) {
        return run(new App(new Terminal(false)), args);
    }

    /** As {@link #run(String...)}, with the environment {@code env}. */
    public static CliResult run(Map<String, String> env, String... args) {
        return run(new App(new Terminal(false), env), args);
    }

    public static CliResult run(App app, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kzuz.run(app, new PrintWriter(out), new PrintWriter(err), args);
        return new CliResult(code, out.toString(), err.toString());
    }
}
