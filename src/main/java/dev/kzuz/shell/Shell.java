package dev.kzuz.shell;

import dev.kzuz.cli.App;
import dev.kzuz.cli.Cli;
import dev.kzuz.cli.LangSetting;
import dev.kzuz.render.Text;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * An interactive session over the same commands: tab completion of commands, options and ids,
 * history in the user's home, the knowledge base loaded once for the session (the {@link App}
 * keeps it), and its language, which 'set lang' shows and changes. Ctrl-C abandons the line being
 * typed, or the command running; Ctrl-D or "exit" ends the session; an error is printed and the
 * session goes on.
 *
 * <p>Commands are CPU-bound and never look whether they were interrupted, so each runs on a
 * thread of its own: Ctrl-C shuts its output (and its standard input) off and the prompt comes
 * back at once, while the command runs to its end unheard. A file it writes is replaced whole or
 * not at all, so abandoning it loses nothing. With commands piped in (no terminal, so JLine
 * passes no signal on), SIGINT ends the session, exit 130, as it ends any filter.
 */
public final class Shell {
    private final Terminal terminal;
    private final Path home;
    private final LangSetting language;

    /** {@code home}: where the history is kept ({@code .kzuz_history}); null: no history file. Commands in English. */
    public Shell(Terminal terminal, Path home) {
        this(terminal, home, LangSetting.DEFAULT);
    }

    /** As above, the commands in {@code language} until 'set lang' changes it. */
    public Shell(Terminal terminal, Path home, LangSetting language) {
        this.terminal = terminal;
        this.home = home;
        this.language = language;
    }

    /** Runs until the user leaves; returns 0. */
    public int run() {
        App app = App.session(terminal::getWidth, language);
        PrintWriter out = terminal.writer();
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("kzuz")
                .completer(completer(app, out))
                .parser(new DefaultParser());
        Path file = home == null ? null : home.resolve(".kzuz_history");
        String problem = file == null ? null : SessionHistory.problem(file);
        if (home == null) {
            // Said, not silent: without it the user would wonder where yesterday's lines went.
            out.println("kzuz: history is not kept: HOME is not set to an absolute path");
        } else if (problem != null) {
            out.println(SessionHistory.notKept(file, problem));
        } else {
            builder.history(new SessionHistory(file, out)).variable(LineReader.HISTORY_FILE, file);
        }
        LineReader reader = builder.build();
        out.println("kzuz shell — commands as on the command line (try 'treaties --since 1994', 'help'); Ctrl-D or 'exit' to leave.");
        out.flush();

        // Ctrl-C while a command runs interrupts this thread (the line editor handles it itself
        // while a line is typed, and puts this handler back after).
        Thread session = Thread.currentThread();
        Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
        InputStream stdin = System.in;
        CommandInput input = terminal instanceof org.jline.terminal.impl.AbstractPosixTerminal
                ? CommandInput.ofTerminal(Path.of("/dev/stdin")) : CommandInput.ofReader(terminal.reader());
        System.setIn(input);
        try {
            session(app, reader, out, input);
        } finally {
            System.setIn(stdin);
            terminal.handle(Terminal.Signal.INT, before);
        }
        // The history was saved line by line; this saves nothing when it could not be kept.
        try {
            reader.getHistory().save();
        } catch (java.io.IOException e) {
            // SessionHistory reports its own failures.
        }
        out.flush();
        return 0;
    }

    private void session(App app, LineReader reader, PrintWriter out, CommandInput input) {
        while (true) {
            Thread.interrupted(); // a Ctrl-C after the last command ended has nothing left to abandon
            String line;
            try {
                line = reader.readLine("kzuz> ");
            } catch (UserInterruptException e) {
                continue; // Ctrl-C: the line is abandoned, the session goes on
            } catch (EndOfFileException e) {
                return; // Ctrl-D
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
                return;
            }
            if (first.equals("shell")) {
                out.println("kzuz: already in the shell");
            } else if (first.equals("set")) {
                out.println(SetCommand.run(app, words.subList(1, words.size())));
            } else if (words.size() > 1 && first.equals("help") && words.get(1).equals("set")) {
                out.print(SetCommand.help(app.language().lang()));
            } else if (first.equals("help")) {
                command(app, out, input, words.size() > 1 ? new String[] {words.get(1), "--help"} : new String[] {"--help"});
                if (words.size() == 1) {
                    out.print("\n" + SetCommand.help(app.language().lang()));
                }
            } else {
                command(app, out, input, words.toArray(String[]::new));
            }
            out.flush();
        }
    }

    /**
     * Completion from the same command model as the commands: commands, options, option values
     * and ids; and the shell's own 'set', offered beside the commands and alone after it
     * (picocli's completer, not knowing 'set', would offer the commands again).
     */
    static Completer completer(App app, PrintWriter out) {
        Completer commands = new picocli.shell.jline3.PicocliJLineCompleter(Cli.commandLine(app, out, out, false).getCommandSpec());
        Completer set = SetCommand.completer();
        return (reader, line, candidates) -> {
            if (line.wordIndex() == 0) {
                commands.complete(reader, line, candidates);
                set.complete(reader, line, candidates);
            } else {
                (line.words().get(0).equals("set") ? set : commands).complete(reader, line, candidates);
            }
        };
    }

    /** Runs one command on a thread of its own, until it ends or Ctrl-C abandons it. */
    private void command(App app, PrintWriter out, CommandInput input, String[] args) {
        OutputGate gate = new OutputGate(out);
        PrintWriter commandOut = new PrintWriter(gate);
        Thread command = new Thread(() -> {
            try {
                Cli.run(app, commandOut, commandOut, args);
            } catch (RuntimeException | Error e) {
                // What escaped picocli's handler (StackOverflowError, OutOfMemoryError): one line, and the session goes on.
                commandOut.println("kzuz: internal error: " + Text.oneLine(e.toString()));
            }
            commandOut.flush();
        }, "kzuz command: " + args[0]);
        // An abandoned command must not keep the JVM up once the session ends.
        command.setDaemon(true);
        input.runs(command);
        command.start();
        try {
            command.join();
        } catch (InterruptedException e) {
            boolean atLineStart = gate.shut();
            input.runs(null);
            // Ends the command early where it waits on interruptible I/O (reading a file, say).
            command.interrupt();
            out.println(abandoned(atLineStart));
        }
        input.runs(null);
    }

    /** The note for an abandoned command: "^C (abandoned)" on a line of its own, unless the terminal already echoed the ^C. */
    private String abandoned(boolean atLineStart) {
        boolean echoed;
        try {
            Attributes a = terminal.getAttributes();
            echoed = a.getLocalFlag(Attributes.LocalFlag.ECHO) && a.getLocalFlag(Attributes.LocalFlag.ECHOCTL);
        } catch (RuntimeException | java.io.IOError e) {
            echoed = false; // the terminal could not be asked (a second Ctrl-C, say): say it in full
        }
        return echoed ? " (abandoned)" : (atLineStart ? "" : "\n") + "^C (abandoned)";
    }
}
