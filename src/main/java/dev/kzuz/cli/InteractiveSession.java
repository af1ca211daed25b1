package dev.kzuz.cli;

import java.io.IOException;

/**
 * The interactive shell as the {@code shell} command starts it. The shell runs cli's commands,
 * so it lives above cli (dev.kzuz.shell) and {@code Kzuz.main} hands it to the {@link App}: cli
 * has no dependency on the shell.
 */
public interface InteractiveSession {
    /** Runs the session on the process's terminal until the user leaves; fails when there is no terminal. */
    void run() throws IOException;
}
