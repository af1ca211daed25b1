package dev.kzuz.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user's own files are, one rule for the shell's history, the overlay cache and the
 * config file: from
 * the environment only (the user.home property ignores $HOME, and falls back to the passwd entry
 * when HOME is unset), and only absolute paths (a relative one would depend on the folder kzuz
 * happens to run in).
 */
public final class UserDirs {
    private UserDirs() {
    }

    /** {@code $HOME} if it is an absolute path, else null. */
    public static Path home(Map<String, String> env) {
        return absolute(env.get("HOME"));
    }

    /**
     * {@code $XDG_CACHE_HOME} if it is an absolute path (the XDG spec says to ignore a relative
     * one), else {@code $HOME/.cache}, else null: no cache.
     */
    public static Path cacheHome(Map<String, String> env) {
        Path xdg = absolute(env.get("XDG_CACHE_HOME"));
        if (xdg != null) {
            return xdg;
        }
        Path home = home(env);
        return home == null ? null : home.resolve(".cache");
    }

    /**
     * {@code $XDG_CONFIG_HOME} if it is an absolute path, else {@code $HOME/.config}, else null:
     * no config file.
     */
    public static Path configHome(Map<String, String> env) {
        Path xdg = absolute(env.get("XDG_CONFIG_HOME"));
        if (xdg != null) {
            return xdg;
        }
        Path home = home(env);
        return home == null ? null : home.resolve(".config");
    }

    /** {@code value} as a path if it is an absolute one; null when it is unset, empty, relative or no path at all. */
    public static Path absolute(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
