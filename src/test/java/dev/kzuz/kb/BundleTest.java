package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled files come from the folder the launcher names, else from the jar (class path). */
class BundleTest {
    @AfterEach
    void forgetTheFolder() {
        System.clearProperty(Bundle.FOLDER_PROPERTY);
    }

    private static byte[] fromClassPath(String name) throws Exception {
        try (InputStream in = BundleTest.class.getClassLoader().getResourceAsStream("kb/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFileInTheNamedFolderIsReadFromThere(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve(KbCodec.FILE), new byte[] {1, 2, 3});
        System.setProperty(Bundle.FOLDER_PROPERTY, folder.toString());
        assertThat(Bundle.read(KbCodec.FILE)).containsExactly(1, 2, 3);
    }

    @Test
    void aFileMissingFromTheFolderComesFromTheJar(@TempDir Path folder) throws Exception {
        System.setProperty(Bundle.FOLDER_PROPERTY, folder.toString());
        assertThat(Bundle.read(KbCodec.FILE)).isEqualTo(fromClassPath(KbCodec.FILE));
    }

    @Test
    void withoutAFolderTheFilesComeFromTheJar() throws Exception {
        assertThat(Bundle.read(KbCodec.FILE)).isEqualTo(fromClassPath(KbCodec.FILE));
        assertThat(Bundle.read("no-such-file.bin")).isNull();
    }
}
