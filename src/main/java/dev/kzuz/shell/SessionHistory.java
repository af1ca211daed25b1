package dev.kzuz.shell;

import dev.kzuz.render.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The shell's history, kept in a file only when it can be: a file that cannot be read or written
 * costs one warning line and the session goes on without it. (JLine's own history logs a stack
 * trace for every line it fails to save, and stops the shell when the file is a folder.)
 */
final class SessionHistory extends DefaultHistory {
    private final Path file;
    private final PrintWriter out;
    /** Set once the file failed: nothing more is read from it or written to it. */
    private boolean given;

    SessionHistory(Path file, PrintWriter out) {
        this.file = file;
        this.out = out;
    }

    /**
     * Why {@code file} cannot keep the history, or null when it can; a missing file is made
     * (mode 0600: the lines typed are the user's business) to find out.
     */
    static String problem(Path file) {
        if (Files.isDirectory(file)) {
            return "is a folder";
        }
        try {
            create(file);
        } catch (FileAlreadyExistsException e) {
            // Kept from earlier sessions (or not a file: see below).
        } catch (IOException e) {
            return "cannot be made";
        }
        if (!Files.isRegularFile(file)) {
            return "is not a file";
        }
        try {
            FileChannel.open(file, StandardOpenOption.APPEND).close(); // writable
        } catch (IOException e) {
            return "is not writable";
        }
        try {
            FileChannel.open(file, StandardOpenOption.READ).close(); // readable
        } catch (IOException e) {
            return "is not readable";
        }
        return null;
    }

    private static void create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // no POSIX modes here (Windows): the folder's access rules apply
        }
    }

    /** The warning for a history not kept, naming the file. */
    static String notKept(Path file, String problem) {
        return "kzuz: history is not kept: " + Text.oneLine(file.toString()) + " " + problem;
    }

    @Override
    public void load() throws IOException {
        if (given) {
            return;
        }
        try {
            super.load();
        } catch (IOException e) {
            giveUp("could not be read (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            giveUp("is not a kzuz history (it is left as it is)");
        }
    }

    @Override
    public void save() throws IOException {
        if (given) {
            return;
        }
        try {
            super.save();
        } catch (IOException | RuntimeException e) {
            giveUp("could not be written (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void giveUp(String problem) {
        given = true;
        out.println(notKept(file, problem));
        out.flush();
    }
}
