package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.Lang;
import dev.kzuz.render.Format;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's --format takes words of the one vocabulary (render.Format), and its help names them in every language. */
class FormatOptionTest {
    private static final String DRAFT = "src/test/resources/check/draft-en.md";

    @Test
    void everyFormatOptionTakesWordsOfTheOneVocabularyAndItsHelpNamesThem() {
        List<String> vocabulary = new ArrayList<>();
        for (Format f : Format.values()) {
            vocabulary.add(f.toString());
        }
        PrintWriter none = new PrintWriter(new StringWriter());
        int withFormat = 0;
        for (Subcommand c : Subcommand.values()) {
            CommandLine cmd = Cli.commandLine(new App(new Terminal(false)), none, none, false, new String[] {c.command()});
            OptionSpec format = cmd.getSubcommands().get(c.command()).getCommandSpec().findOption("--format");
            if (format == null) {
                continue;
            }
            withFormat++;
            List<String> taken = new ArrayList<>();
            format.completionCandidates().forEach(taken::add);
            assertThat(vocabulary).as(c.command()).containsAll(taken);
            for (Lang lang : LangSetting.SHOWN) {
                HelpText.use(cmd, lang);
                for (String word : taken) {
                    assertThat(String.join(" ", format.description())).as(c.command() + " --format's help in " + lang.code())
                            .containsPattern("\\b" + word + "\\b");
                }
            }
        }
        assertThat(withFormat).isEqualTo(12);
    }

    /** The messages each command has always given, word for word. */
    @Test
    void aWordACommandDoesNotTakeIsNamedWithWhatItTakes() {
        assertThat(CliResult.run("treaties", "--format", "svg")).failedWith(2).errContains(
                "kzuz: Invalid value for option '--format': 'svg' is not a format: table, md, json or csv (see 'kzuz treaties --help')\n");
        assertThat(CliResult.run("sources", "--format", "json")).failedWith(2).errContains(
                "kzuz: Invalid value for option '--format': 'json' is not a bibliography format: md, bibtex, csl-json, csl-yaml or ris"
                        + " (see 'kzuz sources --help')\n");
        assertThat(CliResult.run("trade", "--format", "text")).failedWith(2).errContains(
                "kzuz: 'text' is not a trade format: table, md, json, csv or svg (see 'kzuz trade --help')\n");
        assertThat(CliResult.run("check", DRAFT, "--format", "csv")).failedWith(2).errContains(
                "kzuz: 'csv' is not a check format: text or json (see 'kzuz check --help')\n");
    }

    /** trade and check check the word where they always did: after the options checked before it. */
    @Test
    void tradeAndCheckCheckTheFormatWhenTheyRun() {
        assertThat(CliResult.run("trade", "--reporter", "xx", "--format", "text")).failedWith(2).errContains("--reporter: 'xx' is not kz, uz or all");
        assertThat(CliResult.run("trade", "--chart", "--format", "text")).succeeded();
        assertThat(CliResult.run("check", "/nonexistent/draft.md", "--format", "csv")).failedWith(2).errContains("'csv' is not a check format");
    }

    /** Lists, trade and sources take the word in any case; check takes its two words as written, as it always has. */
    @Test
    void casesAreReadAsEachCommandAlwaysHas() {
        assertThat(CliResult.run("treaties", "--since", "2022", "--format", "JSON")).succeeded().outContains("\"id\"");
        assertThat(CliResult.run("trade", "--format", "SVG")).succeeded().outContains("<svg");
        assertThat(CliResult.run("sources", "tokayev-2000", "--format", "BibTeX")).succeeded().outContains("@book");
        assertThat(CliResult.run("check", DRAFT, "--format", "JSON")).failedWith(2).errContains("'JSON' is not a check format: text or json");
        assertThat(CliResult.run("check", DRAFT, "--format", "json")).outContains("\"contradictions\"");
    }
}
