package dev.kzuz.cli;

import dev.kzuz.support.Pandoc;
import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student's Kazakh or Russian essay as kzuz builds it (three cite --into) goes through pandoc,
 * the real consumer, whole: every paragraph and every footnote arrives, and kzuz check finds
 * nothing to contradict in kzuz's own text.
 */
class EssayInPandocTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kk | [Қазақстан мен Өзбекстан арасындағы мәңгілік достық туралы шарт]: қол | құрылған күні — 1994 жылғы | қайшылық — 0",
        "ru | «Договор о вечной дружбе между Республикой Казахстан и Республикой | дата основания — 8 | противоречий — 0",
    })
    void everyParagraphAndFootnoteReachesTheDocumentAndCheckFindsNothingWrong(String lang, String first, String second, String clean,
            @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Pandoc.run(dir, List.of("--version")).exit() == 0, "pandoc is not installed");
        Path essay = Files.writeString(dir.resolve("essay.md"), "# Эссе\n\n");
        for (String id : List.of("eternal-friendship-1998", "cadb", "strategic-partnership-2013")) {
            assertThat(CliResult.run("cite", id, "--lang", lang, "--into", essay.toString())).succeeded();
        }
        Pandoc.Run plain = Pandoc.run(dir, List.of(essay.toString(), "-t", "plain", "--wrap=none"));
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.err()).as("pandoc's warnings").isEmpty();
        assertThat(plain.out()).contains(first, second).doesNotContain("[^", "\\[");
        assertThat(CliResult.run("check", essay.toString(), "--lang", lang)).succeeded().outContains(clean);
    }
}
