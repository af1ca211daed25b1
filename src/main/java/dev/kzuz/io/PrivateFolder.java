package dev.kzuz.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;

/**
 * A folder of the user's own, for caches whose contents kzuz trusts: made with mode 0700 when
 * missing, refused when it is a symbolic link, belongs to someone else or anyone may write to it,
 * or when the way to it passes through a symbolic link of another user (other than root). Files
 * in it are read only when they are the user's own and no symbolic links.
 */
public final class PrivateFolder {
    private PrivateFolder() {
    }

    /** The user kzuz runs as (by the name the JVM found for its uid). */
    public static UserPrincipal currentUser() throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }

    /** Makes {@code dir} if missing (mode 0700, as any folder made on the way) and checks it is {@code user}'s own; throws with the reason if not. */
    public static void open(Path dir, UserPrincipal user) throws IOException {
        if (!dir.isAbsolute()) {
            throw new IOException(dir + " is not an absolute path");
        }
        checkTheWayTo(dir, user);
        try {
            Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
            throw new IOException(dir + " is a symbolic link");
        }
        if (!a.isDirectory()) {
            throw new IOException(dir + " is not a folder");
        }
        if (!a.owner().equals(user)) {
            throw new IOException(dir + " belongs to " + a.owner().getName());
        }
        // Group write is left alone: with a private group per user (umask 002) it is the norm,
        // and each file is checked as it is read.
        if (a.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new IOException("anyone may write to " + dir);
        }
    }

    /** Every symbolic link on the way to {@code dir} (not {@code dir} itself) must be the user's or root's. */
    private static void checkTheWayTo(Path dir, UserPrincipal user) throws IOException {
        Path at = dir.getRoot();
        for (int k = 0; k < dir.getNameCount() - 1; k++) {
            at = at.resolve(dir.getName(k));
            PosixFileAttributes a;
            try {
                a = Files.readAttributes(at, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return; // the rest is made by open
            }
            if (a.isSymbolicLink() && !a.owner().equals(user) && !a.owner().getName().equals("root")) {
                throw new IOException(at + " is a symbolic link of " + a.owner().getName());
            }
        }
    }

    /** The bytes of {@code file} in a checked folder, or null when it is missing, a symbolic link or not {@code user}'s own. */
    public static byte[] readOwnFile(Path file, UserPrincipal user) throws IOException {
        PosixFileAttributes a;
        try {
            a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!a.isRegularFile() || !a.owner().equals(user)) {
            return null;
        }
        // NOFOLLOW_LINKS again: the file may have been replaced since it was looked at.
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }
}
