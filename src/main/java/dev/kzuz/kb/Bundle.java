package dev.kzuz.kb;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The compiled files built into the jar (records, search index). The launcher names the build's
 * folder of the same files ({@code -Dkzuz.bundle}): a plain file read there spares opening the
 * jar, whose index of five thousand entries costs more than the read itself. Without it, or
 * when the file is not there, they come from the jar.
 */
public final class Bundle {
    /** The system property the launcher sets to the folder holding the compiled files. */
    public static final String FOLDER_PROPERTY = "kzuz.bundle";

    private Bundle() {
    }

    /** The bundled file {@code kb/<name>}, or null when this build has none. */
    public static InputStream open(String name) {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder != null && !folder.isEmpty()) {
            try {
                return new FileInputStream(folder + "/" + name);
            } catch (FileNotFoundException e) {
                // Fall back to the jar's copy.
            }
        }
        return Bundle.class.getClassLoader().getResourceAsStream("kb/" + name);
    }

    /** All of the bundled file {@code kb/<name>}, or null when this build has none. */
    public static byte[] read(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
