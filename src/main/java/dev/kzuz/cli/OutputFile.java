package dev.kzuz.cli;

import dev.kzuz.io.AtomicFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** What the options that write a file (--into, --chart-out) check first, and how they report a failed write. */
final class OutputFile {
    private OutputFile() {
    }

    /** Refuses a folder, device or pipe at {@code file}, before anything is computed or written. */
    static void check(String option, Path file) {
        String obstacle = AtomicFile.obstacle(file);
        if (obstacle != null) {
            throw new KzuzException(ExitCode.USAGE, option + ": " + file + " " + obstacle);
        }
    }

    /** One line for a write that failed: {@link AtomicFile} has left the old file as it was. */
    static KzuzException cannotWrite(String option, Path file, IOException e) {
        return new KzuzException(ExitCode.USAGE, option + ": cannot write " + file + " (" + reason(e) + "); nothing was changed");
    }

    /** The cause in words ("no space left on device"), not the exception's name. */
    static String reason(IOException e) {
        String reason;
        if (e instanceof AccessDeniedException a) {
            reason = a.getReason() == null ? "permission denied" : a.getReason();
        } else if (e instanceof NoSuchFileException) {
            reason = "its folder does not exist";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else if (e.getMessage() != null) {
            reason = e.getMessage();
        } else {
            reason = e.getClass().getSimpleName();
        }
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
