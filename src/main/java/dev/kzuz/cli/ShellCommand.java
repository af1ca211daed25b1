package dev.kzuz.cli;

import java.io.IOException;

final class ShellCommand extends BaseCommand {
    ShellCommand() {
        super("shell");
    }

    @Override
    protected ExitCode run() {
        // JLine loads only here: one-shot commands never pay for the interactive terminal.
        try (org.jline.terminal.Terminal terminal = org.jline.terminal.TerminalBuilder.builder().system(true)
                // Commands piped in get a plain terminal, without JLine's warning about it.
                .dumb(true).build()) {
            new dev.kzuz.shell.Shell(terminal, dev.kzuz.io.UserDirs.home(System.getenv())).run();
            return ExitCode.OK;
        } catch (IOException e) {
            throw new KzuzException(ExitCode.USAGE, "no terminal for the shell (" + e.getMessage() + ")");
        }
    }
}
