package dev.kzuz.shell;

import dev.kzuz.cli.InteractiveSession;
import dev.kzuz.cli.LangSetting;
import dev.kzuz.io.UserDirs;
import java.io.IOException;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The shell on the process's terminal, with its history in the user's home: what {@code kzuz shell} runs. */
public final class TerminalSession implements InteractiveSession {
    @Override
    public void run(Map<String, String> env, LangSetting language) throws IOException {
        // JLine loads only here: one-shot commands never pay for the interactive terminal.
        try (Terminal terminal = TerminalBuilder.builder().system(true)
                // Commands piped in get a plain terminal, without JLine's warning about it.
                .dumb(true).build()) {
            new Shell(terminal, UserDirs.home(env), language).run();
        }
    }
}
