package dev.kzuz;

import dev.kzuz.cli.App;
import dev.kzuz.cli.Cli;
import dev.kzuz.cli.ExitCode;
import dev.kzuz.cli.Terminal;
import dev.kzuz.shell.TerminalSession;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point: {@link #main} for the launcher, {@link #run} for tests. It wires the layers
 * together: the commands (dev.kzuz.cli) and the shell they start (dev.kzuz.shell), which itself
 * runs the commands.
 */
public final class Kzuz {
    private Kzuz() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever LANG says; a closed pipe (kzuz … | head -1) only sets PrintWriter's
        // error flag, so it ends the output quietly instead of failing.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(new App(Terminal.detect(), new TerminalSession()), out, err, args);
        out.flush();
        err.flush();
        // The launcher's marker of this run: removed when the run ends as the program meant, so
        // that one left behind (a crash, a kill, an internal error that may come from a damaged
        // jar) has the launcher check its installed jar and archives.
        String marker = System.getProperty("kzuz.running");
        if (marker != null && code != ExitCode.INTERNAL.code()) {
            new File(marker).delete();
        }
        // Success ends as main returns, like any Java program: System.exit also initialises
        // the JDK's logging on JDK 21+ (to log the exit), milliseconds for nothing.
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs one command line with the given output; returns the exit code. */
    public static int run(App app, PrintWriter out, PrintWriter err, String... args) {
        return Cli.run(app, out, err, args);
    }
}
