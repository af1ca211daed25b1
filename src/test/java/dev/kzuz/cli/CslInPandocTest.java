package dev.kzuz.cli;

import dev.kzuz.support.Pandoc;
import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pandoc route as a student takes it: kzuz csl writes the style, kzuz sources the
 * bibliography, and the real pandoc renders a draft citing [@id] with them, without a warning
 * and in the draft's language, Kazakh included (pandoc has no Kazakh locale of its own).
 */
class CslInPandocTest {
    private static final String DRAFT = "Токаев [@tokayev-2000, 12]; [@rferl-1997-01-10]; [@adilet-z970000164].\n";
    private static final String[] SOURCES = {"tokayev-2000", "rferl-1997-01-10", "adilet-z970000164"};

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "gost             | kk | kk-KZ | 584 б. ~ [Электрондық ресурс] // RFE/RL ~ [Электрондық ресурс]: № 164-I // Adilet. 1997. URL ~ қаралған күні: 25.11.2026 ~ [1, б. 12]",
        "gost             | ru | ru-RU | 584 с. ~ [Электронный ресурс] // RFE/RL ~ [Электронный ресурс]: № 164-I // Adilet. 1997. URL ~ дата обращения: 25.11.2026 ~ [1, с. 12]",
        "gost             | en | en-US | 584 p. ~ [Electronic resource] // RFE/RL ~ accessed: 25.11.2026 ~ [1, p. 12]",
        "gost-author-date | kk | kk-KZ | 584 б. ~ Treaty [Электрондық ресурс] // RFE/RL. 1997. URL ~ қаралған күні: 25.11.2026 ~ [Токаев, 2000, б. 12]",
        "gost-author-date | ru | ru-RU | 584 с. ~ Treaty [Электронный ресурс] // RFE/RL. 1997. URL ~ [Электронный ресурс]: 164-I // Adilet. 1997. URL ~ дата обращения: 25.11.2026 ~ [Токаев, 2000, с. 12]",
        "gost-author-date | en | en-US | 584 p. ~ Treaty [Electronic resource] // RFE/RL. 1997. URL ~ accessed: 25.11.2026 ~ [Токаев, 2000, p. 12]",
        "apa              | kk | kk-KZ | (1997, қаңтар 10) ~ (Токаев, 2000, б. 12)",
        "chicago          | kk | kk-KZ | 1997 жылғы 10 қаңтар ~ Алматы, 2000",
    })
    void aDraftRendersInItsLanguageWithoutAWarning(String style, String lang, String tag, String words, @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Pandoc.run(dir, List.of("--version")).exit() == 0, "pandoc is not installed");
        Path csl = writeStyle(dir, style, lang);
        Path refs = writeBibliography(dir, lang);
        Files.writeString(dir.resolve("draft.md"), DRAFT);
        Pandoc.Run plain = Pandoc.run(dir, List.of("draft.md", "--citeproc", "--csl", csl.toString(), "--bibliography", refs.toString(),
                "-M", "lang=" + tag, "-t", "plain", "--wrap=none"));
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.err()).as("pandoc's warnings").isEmpty();
        assertThat(plain.out()).contains(words.split(" ~ "));
        if (!lang.equals("en")) {
            assertThat(plain.out()).doesNotContain("accessed", "Accessed", "Retrieved", "Online", "Electronic", " p. ", "n.d.", "January");
        }
    }

    /** Without -M lang, pandoc takes the file's own language. */
    @Test
    void theFilesLanguageHoldsWhenTheDraftSetsNone(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Pandoc.run(dir, List.of("--version")).exit() == 0, "pandoc is not installed");
        Path csl = writeStyle(dir, "gost", "kk");
        Path refs = writeBibliography(dir, "kk");
        Files.writeString(dir.resolve("draft.md"), DRAFT);
        Pandoc.Run plain = Pandoc.run(dir, List.of("draft.md", "--citeproc", "--csl", csl.toString(), "--bibliography", refs.toString(), "-t", "plain",
                "--wrap=none"));
        assertThat(plain.err()).as("pandoc's warnings").isEmpty();
        assertThat(plain.out()).contains("584 б.", "[Электрондық ресурс]", "қаралған күні");
    }

    /** The command the README gives, to a Word file. */
    @Test
    void aKazakhWordDocument(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Pandoc.run(dir, List.of("--version")).exit() == 0, "pandoc is not installed");
        assertThat(CliResult.run("csl", "gost", "--lang", "kk", "--out", dir.resolve("gost-kk.csl").toString())).succeeded();
        writeBibliography(dir, "kk");
        Files.writeString(dir.resolve("draft.md"), DRAFT);
        Pandoc.Run docx = Pandoc.run(dir, List.of("draft.md", "--citeproc", "--csl", "gost-kk.csl", "--bibliography", "refs-kk.json", "-M", "lang=kk-KZ",
                "-o", "draft.docx"));
        assertThat(docx.exit()).as(docx.err()).isZero();
        assertThat(docx.err()).as("pandoc's warnings").isEmpty();
        try (ZipFile zip = new ZipFile(dir.resolve("draft.docx").toFile())) {
            String document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(document).contains("Электрондық ресурс", "қаралған күні", "584 б.");
        }
    }

    /** The numerals whose word has back vowels: алты, тоғыз, он, жиырма, отыз, қырық, алпыс, тоқсан. */
    private static final java.util.Set<Integer> BACK_VOWELS = java.util.Set.of(6, 9, 10, 20, 30, 40, 60, 90);

    /**
     * Ordinals come from the Kazakh locale: -ші or -шы by the numeral's vowels, and none of the
     * English suffixes pandoc would otherwise take from en-US ("1st", "11th").
     */
    @Test
    void kazakhEditionsTakeTheirOwnOrdinalSuffix(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Pandoc.run(dir, List.of("--version")).exit() == 0, "pandoc is not installed");
        int[] editions = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 20, 21, 22, 23, 30, 40, 50, 60, 70, 80, 90, 100, 110};
        Files.writeString(dir.resolve("editions.json"), IntStream.of(editions)
                .mapToObj(n -> "{\"id\": \"e" + n + "\", \"type\": \"book\", \"title\": \"К" + n + "\", \"edition\": \"" + n + "\"}")
                .collect(Collectors.joining(",\n", "[\n", "\n]\n")));
        Files.writeString(dir.resolve("draft.md"), IntStream.of(editions).mapToObj(n -> "[@e" + n + "]").collect(Collectors.joining(" ")) + "\n");
        Path csl = writeStyle(dir, "gost", "kk");
        Pandoc.Run plain = Pandoc.run(dir, List.of("draft.md", "--citeproc", "--csl", csl.toString(), "--bibliography", "editions.json", "-M", "lang=kk-KZ",
                "-t", "plain", "--wrap=none"));
        assertThat(plain.err()).as("pandoc's warnings").isEmpty();
        List<String> expected = new ArrayList<>();
        for (int n : editions) {
            int lastWord = n % 100 == 0 ? 100 : n % 10 == 0 ? n % 100 : n % 10;
            String suffix = BACK_VOWELS.contains(lastWord) ? "-шы" : "-ші";
            expected.add("К" + n + ". " + n + suffix + " бас.");
        }
        assertThat(plain.out()).contains(expected).doesNotContainPattern("\\d(st|nd|rd|th) ");
    }

    private static Path writeStyle(Path dir, String style, String lang) {
        Path csl = dir.resolve(style + "-" + lang + ".csl");
        assertThat(CliResult.run("csl", style, "--lang", lang, "--out", csl.toString())).succeeded();
        return csl;
    }

    private static Path writeBibliography(Path dir, String lang) throws IOException {
        List<String> args = new ArrayList<>(List.of("sources"));
        args.addAll(List.of(SOURCES));
        args.addAll(List.of("--format", "csl-json", "--lang", lang));
        CliResult r = CliResult.run(args.toArray(String[]::new));
        assertThat(r).succeeded();
        return Files.writeString(dir.resolve("refs-" + lang + ".json"), r.out());
    }
}
