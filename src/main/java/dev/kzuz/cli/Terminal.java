package dev.kzuz.cli;

/**
 * What kzuz knows about where its output goes. The launcher says whether stdout is a
 * terminal (-Dkzuz.tty); JLine is asked for the width only then, since piped output needs none.
 */
public final class Terminal {
    private static final int DEFAULT_WIDTH = 100;
    /** No terminal is wider; a larger $COLUMNS is a mistake, and layouts would allocate by it. */
    private static final int MAX_WIDTH = 1000;
    private final boolean stdoutIsTerminal;
    private final java.util.function.IntSupplier knownWidth;

    public Terminal(boolean stdoutIsTerminal) {
        this(stdoutIsTerminal, null);
    }

    /** A terminal whose width someone else knows (the interactive shell's JLine terminal). */
    public Terminal(boolean stdoutIsTerminal, java.util.function.IntSupplier knownWidth) {
        this.stdoutIsTerminal = stdoutIsTerminal;
        this.knownWidth = knownWidth;
    }

    /** From the launcher's -Dkzuz.tty, else the JVM's console. */
    public static Terminal detect() {
        String tty = System.getProperty("kzuz.tty");
        return new Terminal(tty != null ? tty.equals("1") || tty.equals("true") : System.console() != null);
    }

    public boolean stdoutIsTerminal() {
        return stdoutIsTerminal;
    }

    /** The width to fit tables to: the terminal's (as the launcher found it, else JLine's), else $COLUMNS, else 100. */
    public int width() {
        if (knownWidth != null && knownWidth.getAsInt() > 0) {
            return Math.min(MAX_WIDTH, knownWidth.getAsInt());
        }
        String launcher = System.getProperty("kzuz.columns");
        if (stdoutIsTerminal && columns(launcher) > 0) {
            return columns(launcher);
        }
        // JLine only when no launcher asked the terminal already (java -jar, tests).
        if (stdoutIsTerminal && launcher == null) {
            try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder()
                    .system(true).dumb(true).build()) {
                int w = t.getWidth();
                if (w > 0) {
                    return Math.min(MAX_WIDTH, w);
                }
            } catch (Exception | LinkageError e) {
                // No usable terminal: fall through to $COLUMNS.
            }
        }
        int cols = columns(System.getenv("COLUMNS"));
        return cols > 0 ? Math.max(40, cols) : DEFAULT_WIDTH;
    }

    /** A column count (at most {@link #MAX_WIDTH}), or 0 when {@code text} is none. */
    private static int columns(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Math.min(MAX_WIDTH, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
