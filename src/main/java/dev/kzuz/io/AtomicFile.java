package dev.kzuz.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes a file whole or not at all. The new content goes to a temporary file in the same
 * folder, is synced, and is renamed over the old file in one step, so a full disk, a killed
 * process or a writer that throws leaves the old file as it was and no temporary file behind.
 * The file keeps its permissions (and group, where the user may set it); a symbolic link keeps
 * pointing at the file, which is what gets replaced. {@link #lock} adds a lock for
 * read-modify-write, where two writers can meet.
 */
public final class AtomicFile {
    /** Writes the new content; when it throws, nothing is replaced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The JVM lets one holder lock a file at a time (a second lock throws), so threads queue here first. */
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    /** As many symbolic links in a row as Linux follows before it gives up (ELOOP). */
    private static final int MAX_LINKS = 40;

    private AtomicFile() {
    }

    /** Replaces the file at {@code target} (or creates it) with what {@code content} writes. */
    public static void replace(Path target, Content content) throws IOException {
        Path file = followLinks(target);
        refuseNonFile(file);
        // The rename needs only the folder to be writable; a write-protected file says no, as an
        // ordinary write would.
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString(), null, "the file is write-protected");
        }
        write(file, content);
    }

    /**
     * Locks the file at {@code target} against other kzuz writers, creating it (empty) if it is
     * missing: read it, then {@link Locked#replace} it, then close. Other programs (editors) do
     * not look at the lock; it is advisory.
     */
    public static Locked lock(Path target) throws IOException {
        Path file = followLinks(target);
        refuseNonFile(file);
        IN_THIS_JVM.lock();
        try {
            while (true) {
                boolean created = true;
                FileChannel channel;
                try {
                    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
                } catch (FileAlreadyExistsException e) {
                    created = false;
                    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                }
                FileChannel same;
                try {
                    channel.lock();
                    same = reopenIfSame(file);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                if (same != null) {
                    return new Locked(file, channel, same, created);
                }
                // Another writer renamed a new version into place while this one waited: the lock
                // held is on the old file, which nobody reads any more. Lock the new one.
                channel.close();
            }
        } catch (IOException | RuntimeException | Error e) {
            IN_THIS_JVM.unlock();
            throw e;
        }
    }

    /**
     * Opens {@code file} again when it is still the file this JVM has just locked, else returns null.
     * Renaming a new version into place gives the path a new inode, so a writer that waited for the
     * lock may hold the lock of a file no longer at the path; it has to check, and only the JVM
     * can tell which file an open channel is: it keeps its locks by device and inode, and refuses
     * a second, overlapping lock on the same file. The locked file is held open, so its inode
     * number cannot pass to another file meanwhile. (The alternative, a lock file beside the draft
     * that never changes, would be left in the user's folder for good: deleting it would bring
     * back the same race.) The second channel stays open as long as the lock is held, because
     * closing any channel of a file drops the process's locks on it (POSIX).
     */
    private static FileChannel reopenIfSame(Path file) throws IOException {
        FileChannel again;
        try {
            again = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return null;
        }
        try {
            FileLock probe = again.tryLock(0, Long.MAX_VALUE, true);
            if (probe != null) {
                probe.release();
            }
        } catch (OverlappingFileLockException e) {
            return again;
        } catch (IOException | RuntimeException e) {
            again.close();
            throw e;
        }
        again.close();
        return null;
    }

    /** A file locked by {@link #lock}; closing it releases the lock (and removes the file if the lock created it and nothing replaced it). */
    public static final class Locked implements Closeable {
        private final Path file;
        private final FileChannel channel;
        private final FileChannel same;
        private final boolean created;
        private boolean replaced;
        private boolean closed;

        private Locked(Path file, FileChannel channel, FileChannel same, boolean created) {
            this.file = file;
            this.channel = channel;
            this.same = same;
            this.created = created;
        }

        /** The file locked: the one a symbolic link led to. */
        public Path file() {
            return file;
        }

        /** The whole file, or null (and nothing read) when it holds more than {@code limit} bytes. */
        public byte[] read(int limit) throws IOException {
            long size = channel.size();
            if (size > limit) {
                return null;
            }
            byte[] bytes = new byte[(int) size];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            channel.position(0);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    return Arrays.copyOf(bytes, buffer.position());
                }
            }
            if (channel.read(ByteBuffer.allocate(1)) >= 0) {
                throw new FileSystemException(file.toString(), null, "another program was writing it");
            }
            return bytes;
        }

        /** Replaces the locked file with what {@code content} writes; the lock stays until close. */
        public void replace(Content content) throws IOException {
            write(file, content);
            replaced = true;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (created && !replaced) {
                    Files.deleteIfExists(file);
                }
            } finally {
                try {
                    channel.close();
                    same.close();
                } finally {
                    IN_THIS_JVM.unlock();
                }
            }
        }
    }

    /** The file a chain of symbolic links ends at (which need not exist yet), or {@code path} itself. */
    static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        return p;
    }

    /** What stands where the file should be written, as words ("is a folder"), or null when nothing does. */
    public static String obstacle(Path target) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // missing, which is fine, or unreadable, which the write itself reports
        }
        if (a.isDirectory()) {
            return "is a folder, not a file";
        }
        if (!a.isRegularFile()) {
            return "is not a regular file (a device, a pipe or a socket)";
        }
        return null;
    }

    private static void refuseNonFile(Path file) throws FileSystemException {
        String obstacle = obstacle(file);
        if (obstacle != null) {
            throw new FileSystemException(file.toString(), null, obstacle);
        }
    }

    private static void write(Path file, Content content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        PosixFileAttributes old = posixAttributes(file);
        Path temp = createTemp(folder, file.getFileName().toString(), old != null);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (old != null) {
                keepAttributes(old, temp);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } catch (AtomicMoveNotSupportedException e) {
            throw new FileSystemException(file.toString(), null, "the file system cannot replace a file in one step");
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
        syncFolder(folder);
    }

    /**
     * A new, empty file beside the target, hidden (a dot name) and named after it so that one left
     * by a power cut is recognisable. Over an existing file it starts readable by the owner only, as
     * it will hold the old content until its permissions are copied; a new file gets the
     * defaults (the umask), as any newly written file does.
     */
    private static Path createTemp(Path folder, String name, boolean replacing) throws IOException {
        String stem = name.codePointCount(0, name.length()) > 48 ? name.substring(0, name.offsetByCodePoints(0, 48)) : name;
        FileAttribute<?>[] attributes = replacing && posix(folder)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))}
                : new FileAttribute<?>[0];
        while (true) {
            Path temp = folder.resolve("." + stem + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.createFile(temp, attributes);
                return temp;
            } catch (FileAlreadyExistsException e) {
                // Another name, then.
            }
        }
    }

    private static boolean posix(Path folder) {
        return Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
    }

    private static PosixFileAttributes posixAttributes(Path file) throws IOException {
        if (!Files.exists(file) || !posix(file)) {
            return null;
        }
        return Files.readAttributes(file, PosixFileAttributes.class);
    }

    /** The old file's permissions, and its group where the user may set it (a shared folder's group); the owner is whoever writes. */
    private static void keepAttributes(PosixFileAttributes old, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        GroupPrincipal group = old.group();
        if (!group.equals(view.readAttributes().group())) {
            try {
                view.setGroup(group);
            } catch (IOException e) {
                // Not a member of that group: the file takes the user's group, as any copy would.
            }
        }
        view.setPermissions(old.permissions());
    }

    /** Makes the rename itself durable; not every system can sync a folder, and the file is safe either way. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // The new file is complete on disk; only which version a crash now leaves is at stake.
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The failure that got here is the one to report.
        }
    }
}
