package dev.kzuz.cli;

/**
 * What kzuz knows about where its output goes. The launcher says whether stdout is a
 * terminal (-Dkzuz.tty); JLine is asked for the width only then, since piped output needs none.
 */
public final class Terminal {
    private static final int DEFAULT_WIDTH = 100;
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

    /** The width to fit tables to: the terminal's, else $COLUMNS, else 100. */
    public int width() {
        if (knownWidth != null && knownWidth.getAsInt() > 0) {
            return knownWidth.getAsInt();
        }
        if (stdoutIsTerminal) {
            try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder()
                    .system(true).dumb(true).build()) {
                int w = t.getWidth();
                if (w > 0) {
                    return w;
                }
            } catch (Exception | LinkageError e) {
                // No usable terminal: fall through to $COLUMNS.
            }
        }
        try {
            String cols = System.getenv("COLUMNS");
            return cols == null ? DEFAULT_WIDTH : Math.max(40, Integer.parseInt(cols.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
