package dev.kzuz.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jline.utils.NonBlockingReader;

/**
 * Standard input while the shell runs ('check -'), for the command running now only: one
 * abandoned with Ctrl-C reads the end of its input instead of taking a line meant for the prompt.
 *
 * <p>On a terminal, a command reads it through a channel of its own (the terminal opened again);
 * the shell interrupts an abandoned command, which closes that channel and ends a read under way.
 * (A read on System.in would go on blocking in the kernel and take the next key typed.) Otherwise
 * (commands piped in, tests) it reads the line editor's reader, looking every 100 ms whether it is
 * still the command running.
 */
final class CommandInput extends InputStream {
    private static final long POLL_MILLIS = 100;

    /** The terminal again (null: not a terminal, read {@link #reader}). */
    private final Path tty;
    private final NonBlockingReader reader;
    private volatile Thread running;
    /** The running command's own channel on the terminal, opened on its first read. */
    private FileChannel channel;
    private byte[] pending = new byte[0];
    private int next;

    private CommandInput(Path tty, NonBlockingReader reader) {
        this.tty = tty;
        this.reader = reader;
    }

    /** Input from the terminal {@code /dev/stdin} is. */
    static CommandInput ofTerminal(Path tty) {
        return new CommandInput(tty, null);
    }

    /** Input from the line editor's reader. */
    static CommandInput ofReader(NonBlockingReader reader) {
        return new CommandInput(null, reader);
    }

    /** The command thread that may read now; null: none (the last one ended or was abandoned). */
    void runs(Thread command) {
        // First, and outside the lock a polling read holds: it sees this within POLL_MILLIS.
        running = command;
        FileChannel last;
        synchronized (this) {
            pending = new byte[0];
            next = 0;
            last = channel;
            channel = null;
        }
        if (last != null) {
            try {
                last.close(); // ends a read under way
            } catch (IOException e) {
                // Only a read of the command gone is lost.
            }
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (tty != null) {
            FileChannel c = channel();
            return c == null ? -1 : c.read(ByteBuffer.wrap(bytes, offset, length));
        }
        synchronized (this) {
            if (next == pending.length) {
                int c = nextChar();
                if (c < 0) {
                    return -1;
                }
                StringBuilder chars = new StringBuilder().append((char) c);
                if (Character.isHighSurrogate((char) c)) {
                    int low = nextChar();
                    if (low >= 0) {
                        chars.append((char) low);
                    }
                }
                pending = chars.toString().getBytes(StandardCharsets.UTF_8);
                next = 0;
            }
            int n = Math.min(length, pending.length - next);
            System.arraycopy(pending, next, bytes, offset, n);
            next += n;
            return n;
        }
    }

    /** The running command's channel (opened if need be), or null when the caller is not the command running. */
    private synchronized FileChannel channel() throws IOException {
        if (Thread.currentThread() != running) {
            return null;
        }
        if (channel == null) {
            channel = FileChannel.open(tty, StandardOpenOption.READ);
        }
        return channel;
    }

    /** The next character typed, or -1 at the end of input or once the caller is no longer the command running. */
    private int nextChar() throws IOException {
        while (Thread.currentThread() == running) {
            int c = reader.read(POLL_MILLIS);
            if (c != NonBlockingReader.READ_EXPIRED) {
                return c;
            }
        }
        return -1;
    }
}
