package dev.kzuz.check;

import dev.kzuz.model.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.check.Checker.Finding;
import dev.kzuz.check.Checker.Kind;
import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A known error "of the essay" is one whose source record is of kind essay, whatever its id
 * (the records are a copy of src/test/resources/golden-kb, with the seed essay renamed or
 * re-kinded).
 */
class EssaySourceTest {
    private static final Path GOLDEN_KB = Path.of("src/test/resources/golden-kb");
    /** The 1997 trilateral treaty keeps 10 March 1997, the seed essay's date, as a rejected claim. */
    private static final String DRAFT = "Договор о вечной дружбе подписан 10 марта 1997 г.";

    @TempDir
    Path dir;

    @Test
    void anEssayUnderAnotherIdIsStillTheEssay() throws IOException {
        Path kb = copy(GOLDEN_KB, "essay-kk", "seed-essay", "kind: essay", "kind: essay");
        assertThat(Files.readString(kb.resolve("sources/records.yaml"))).contains("- id: seed-essay").doesNotContain("essay-kk");
        assertThat(knownError(kb).held()).isEqualTo("10 January 1997; the draft repeats a known error of the essay");
    }

    @Test
    void aSourceCalledEssayKkThatIsNoEssayIsNotTheEssay() throws IOException {
        Path kb = copy(GOLDEN_KB, "essay-kk", "essay-kk", "kind: essay", "kind: book");
        assertThat(knownError(kb).held()).isEqualTo("10 January 1997; the draft's value is a known error");
    }

    private static Finding knownError(Path kb) {
        LoadResult loaded = KbLoader.load(List.of(KbSource.directory(kb)));
        assertThat(loaded.problems()).isEmpty();
        List<Finding> findings = new Checker(loaded.kb(), Lang.EN).check(new Draft(DRAFT));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.KNOWN_ERROR);
            assertThat(f.record()).isEqualTo("trilateral-eternal-friendship-1997");
        });
        return findings.get(0);
    }

    /** A copy of the records folder with two replacements made in every file. */
    private Path copy(Path from, String id, String newId, String kind, String newKind) throws IOException {
        Path to = dir.resolve("kb");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            String text = Files.readString(f, StandardCharsets.UTF_8).replace(id, newId).replace(kind, newKind);
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        return to;
    }
}
