package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.support.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture folder per failure mode: the problems the loader reports, with file, line and
 * column, must be exactly those in the folder's expected.txt (so no rule fires by accident).
 */
class KbLoaderFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/kb-fixtures");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(5)
    void reportsExactlyTheExpectedProblems(String name) {
        Path dir = FIXTURES.resolve(name);
        LoadResult result = KbLoader.load(List.of(KbSource.directory(dir)));
        String problems = result.problems().stream()
                .map(p -> p.toString().replace(dir + "/", ""))
                .collect(Collectors.joining("\n"));
        Golden.assertMatches(dir.resolve("expected.txt"), problems.isEmpty() ? "" : problems + "\n");
    }

    @Test
    void theValidFixtureHasNoProblemAndEveryRecord() {
        LoadResult result = KbLoader.load(List.of(KbSource.directory(FIXTURES.resolve("valid"))));
        assertThat(result.problems()).isEmpty();
        assertThat(result.kb().size()).isEqualTo(4);
    }

    @Test
    void everyFailureFixtureFailsSomehow() throws IOException {
        for (String name : cases().toList()) {
            if (!name.startsWith("valid")) {
                assertThat(Files.readString(FIXTURES.resolve(name).resolve("expected.txt"))).as(name).isNotBlank();
            }
        }
    }
}
