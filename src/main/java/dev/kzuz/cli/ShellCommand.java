package dev.kzuz.cli;

import java.io.IOException;

final class ShellCommand extends BaseCommand {
    ShellCommand() {
        super("shell");
    }

    @Override
    protected ExitCode run() {
        try {
            root.app().shell().run(root.app().env(), options.language());
            return ExitCode.OK;
        } catch (IOException e) {
            throw new KzuzException(ExitCode.USAGE, "no terminal for the shell (" + e.getMessage() + ")");
        }
    }
}
