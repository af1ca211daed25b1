package dev.kzuz.shell;

import java.io.Writer;

/** Where a command's output goes in the shell: to the terminal until the command is abandoned, then nowhere. */
final class OutputGate extends Writer {
    private final Writer terminal;
    private boolean open = true;
    private boolean atLineStart = true;

    OutputGate(Writer terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        if (open && length > 0) {
            try {
                terminal.write(chars, offset, length);
            } catch (java.io.IOException e) {
                // The terminal's PrintWriter never throws; were it another writer, the text is lost as on a closed pipe.
            }
            atLineStart = chars[offset + length - 1] == '\n';
        }
    }

    @Override
    public synchronized void flush() {
        if (open) {
            try {
                terminal.flush();
            } catch (java.io.IOException e) {
                // As for write.
            }
        }
    }

    /** The command's own close (picocli never calls it) must not close the terminal. */
    @Override
    public void close() {
        flush();
    }

    /** Lets nothing more through, once any write under way has ended; returns whether what went through ended a line. */
    synchronized boolean shut() {
        open = false;
        return atLineStart;
    }
}
