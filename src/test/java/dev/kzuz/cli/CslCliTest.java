package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kzuz csl through the real command line: a style file for pandoc, on stdout or written whole to --out. */
class CslCliTest {
    @Test
    void theStyleGoesToStandardOutputInTheLanguageAsked() {
        CliResult r = CliResult.run("csl", "gost", "--lang", "kk");
        assertThat(r).succeeded().outContains("<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                "default-locale=\"kk-KZ\"", "<id>urn:kzuz:gost-kk</id>",
                "<link href=\"http://www.zotero.org/styles/gost-r-7-0-5-2008-numeric\" rel=\"template\"/>",
                "<locale xml:lang=\"kk\">", "<term name=\"online\">электрондық ресурс</term>");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).endsWith("</style>\n");
        assertThat(CliResult.run("csl", "GOST-Author-Date", "--lang", "ru")).succeeded()
                .outContains("default-locale=\"ru-RU\"", "styles/gost-r-7-0-5-2008\" rel=\"template\"");
    }

    @Test
    void withoutAStyleTheLanguagesOwnIsWritten() {
        assertThat(CliResult.run("csl", "--lang", "ru")).succeeded().outContains("<id>urn:kzuz:gost-ru</id>");
        assertThat(CliResult.run("csl")).succeeded().outContains("<id>urn:kzuz:apa-en</id>", "default-locale=\"en-US\"");
        assertThat(CliResult.run(Map.of("KZUZ_LANG", "kk"), "csl")).succeeded().outContains("<id>urn:kzuz:gost-kk</id>");
    }

    @Test
    void outWritesTheSameFileAndSaysHowPandocTakesIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("gost-kk.csl"), "an older style");
        CliResult r = CliResult.run("csl", "gost", "--lang", "kk", "--out", file.toString());
        assertThat(r).succeeded();
        assertThat(r.out()).isEqualTo(file + " файлы жазылды (pandoc --citeproc --csl " + file + " үшін)\n");
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(CliResult.run("csl", "gost", "--lang", "kk").out());
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactly("gost-kk.csl");
        }
    }

    @Test
    void aFileNamedWithTerminalEscapesIsConfirmedWithoutThem(@TempDir Path dir) {
        Path file = dir.resolve("gost\u001b]0;owned\u0007\u001b[31m.csl");
        CliResult r = CliResult.run("csl", "gost", "--out", file.toString());
        assertThat(r).succeeded();
        assertThat(r.out()).isEqualTo("wrote " + dir + "/gost]0;owned[31m.csl, for pandoc --citeproc --csl " + dir + "/gost]0;owned[31m.csl\n");
        assertThat(file).exists();
    }

    @Test
    void aStyleKzuzDoesNotHaveIsAUsageErrorAndTouchesNoFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("style.csl"), "my own style");
        CliResult r = CliResult.run("csl", "harvard", "--out", file.toString());
        assertThat(r).failedWith(2);
        assertThat(r.err()).isEqualTo("kzuz: Invalid value for positional parameter at index 0 (STYLE): 'harvard' is not a citation style: "
                + "gost, gost-author-date, apa or chicago (see 'kzuz csl --help')\n");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("my own style");
    }

    @Test
    void outIntoAMissingFolderIsOneLineAndWritesNothing(@TempDir Path dir) {
        Path file = dir.resolve("no-such-folder").resolve("gost.csl");
        CliResult r = CliResult.run("csl", "gost", "--out", file.toString());
        assertThat(r).failedWith(2);
        assertThat(r.err()).isEqualTo("kzuz: --out: cannot write " + file + " (its folder does not exist); nothing was changed\n");
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void outOntoAFolderIsOneLineAndLeavesTheFolderAsItWas(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("styles.csl"));
        Files.writeString(folder.resolve("mine.csl"), "my own style");
        CliResult r = CliResult.run("csl", "gost", "--out", folder.toString());
        assertThat(r).failedWith(2);
        assertThat(r.err()).isEqualTo("kzuz: --out: " + folder + " is a folder, not a file\n");
        assertThat(r.out()).isEmpty();
        try (var names = Files.list(folder)) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactly("mine.csl");
        }
        assertThat(Files.readString(folder.resolve("mine.csl"))).isEqualTo("my own style");
    }
}
