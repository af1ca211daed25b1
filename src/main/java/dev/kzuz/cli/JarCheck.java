package dev.kzuz.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Whether a jar is whole, for the launcher before it installs one: every entry read to its end
 * (the zip's CRC-32 of each is checked), and as many entries as its central directory lists (a
 * truncated jar has none). Exit 0 when whole, 1 otherwise.
 */
public final class JarCheck {
    private JarCheck() {
    }

    public static void main(String[] args) {
        System.exit(whole(Path.of(args[0])) ? 0 : 1);
    }

    static boolean whole(Path jar) {
        int listed;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            listed = zip.size();
        } catch (IOException e) {
            return false;
        }
        int read = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream file = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                while (in.read(buffer) >= 0) {
                    // Reading to the end checks the entry's CRC-32.
                }
                read++;
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return read == listed;
    }
}
