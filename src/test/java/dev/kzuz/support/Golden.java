package dev.kzuz.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under src/test/resources. Run the tests with
 * -Dgolden.update=true to write the files anew, then read the diff before committing.
 */
public final class Golden {
    public static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {
    }

    public static void assertMatches(Path file, String actual) {
        try {
            if (UPDATE || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                if (!UPDATE) {
                    throw new AssertionError("golden file was missing and has been written: " + file + "; check it and run again");
                }
            }
            assertThat(actual).as("output compared with golden file %s", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
