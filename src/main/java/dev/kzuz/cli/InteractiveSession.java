package dev.kzuz.cli;

import java.io.IOException;
import java.util.Map;

/**
 * The interactive shell as the {@code shell} command starts it. The shell runs cli's commands,
 * so it lives above cli (dev.kzuz.shell) and {@code Kzuz.main} hands it to the {@link App}: cli
 * has no dependency on the shell.
 */
public interface InteractiveSession {
    /**
     * Runs the session on the process's terminal until the user leaves, its commands in
     * {@code language} unless they say otherwise; {@code env} is the environment (for the
     * user's home). Fails when there is no terminal.
     */
    void run(Map<String, String> env, LangSetting language) throws IOException;
}
