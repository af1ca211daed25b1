package dev.kzuz.cli;

import dev.kzuz.Kzuz;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the real command line, with what it printed. */
public record CliResult(int exitCode, String out, String err) {

    /** Runs kzuz as the launcher would, but with output captured and stdout not a terminal. */
    public static CliResult run(String... args) {
        return run(new App(new Terminal(false)), args);
    }

    public static CliResult run(App app, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kzuz.run(app, new PrintWriter(out), new PrintWriter(err), args);
        return new CliResult(code, out.toString(), err.toString());
    }
}
