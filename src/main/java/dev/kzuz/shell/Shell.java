package dev.kzuz.shell;

import dev.kzuz.Kzuz;
import dev.kzuz.cli.App;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/**
 * An interactive session over the same commands: tab completion of commands, options and ids,
 * history kept in the user's home, the knowledge base loaded once for the session (the
 * {@link App} keeps it). Ctrl-C abandons the line, Ctrl-D or "exit" ends the session, and an
 * error is printed and the session goes on.
 */
public final class Shell {
    private final Terminal terminal;
    private final Path history;

    public Shell(Terminal terminal, Path history) {
        this.terminal = terminal;
        this.history = history;
    }

    /** Runs until the user leaves; returns 0. */
    public int run() {
        App app = new App(new dev.kzuz.cli.Terminal(true, terminal::getWidth));
        PrintWriter out = terminal.writer();
        // Completion from the same command model: commands, options, option values and ids.
        @SuppressWarnings("deprecation")
        org.jline.reader.Completer completer = new picocli.shell.jline3.PicocliJLineCompleter(
                Kzuz.commandLine(app, out, out, false).getCommandSpec());
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("kzuz")
                .completer(completer)
                .parser(new DefaultParser())
                .variable(LineReader.HISTORY_FILE, history)
                .build();
        out.println("kzuz shell — commands as on the command line (try 'treaties --since 1994', 'help'); Ctrl-D or 'exit' to leave.");
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine("kzuz> ");
            } catch (UserInterruptException e) {
                continue; // Ctrl-C: the line is abandoned, the session goes on
            } catch (EndOfFileException e) {
                break; // Ctrl-D
            }
            List<String> words = new ArrayList<>(reader.getParsedLine().words());
            words.removeIf(String::isEmpty);
            if (!words.isEmpty() && words.get(0).equals("kzuz")) {
                words.remove(0);
            }
            if (words.isEmpty()) {
                continue;
            }
            String first = words.get(0);
            if (first.equals("exit") || first.equals("quit")) {
                break;
            }
            if (first.equals("shell")) {
                out.println("kzuz: already in the shell");
            } else if (first.equals("help")) {
                Kzuz.run(app, out, out, words.size() > 1 ? new String[] {words.get(1), "--help"} : new String[] {"--help"});
            } else {
                Kzuz.run(app, out, out, words.toArray(String[]::new));
            }
            out.flush();
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            out.println("kzuz: history not saved (" + e.getClass().getSimpleName() + ")");
        }
        out.flush();
        return 0;
    }
}
