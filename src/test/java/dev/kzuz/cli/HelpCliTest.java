package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.Lang;
import dev.kzuz.support.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Usage help in the run's language: --lang, then KZUZ_LANG, the config file and the locale, as for every command. */
class HelpCliTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/help");

    @ParameterizedTest(name = "kzuz {0} in {1}")
    @CsvSource({"--help, en", "--help, kk", "--help, ru", "--help, uz", "treaties --help, en", "treaties --help, kk", "treaties --help, ru",
        "treaties --help, uz"})
    void helpIsAsTheGoldenFileSays(String args, String lang) {
        CliResult r = CliResult.run(Map.of("KZUZ_LANG", lang), args.split(" "));
        assertThat(r).succeeded();
        Golden.assertMatches(GOLDEN.resolve(args.split(" ")[0].replace("--help", "kzuz") + "." + lang + ".txt"), r.out());
    }

    @Test
    void englishHelpIsTheDefault() {
        assertThat(CliResult.run("--help")).succeeded().outContains("Usage: kzuz [-hV] [COMMAND]", "Commands:", "Exit codes:");
        assertThat(CliResult.run(Map.of("LANG", "en_US.UTF-8"), "treaties", "--help")).succeeded()
                .outContains("Usage: kzuz treaties").outDoesNotContain("Options:");
    }

    @Test
    void langOfTheCommandDecides() {
        assertThat(CliResult.run("treaties", "--help", "--lang", "kk")).succeeded()
                .outContains("Қолданылуы: kzuz treaties", "Опциялар:", "Шарттар мен қол қойылған", "Аяқталу кодтары:")
                .outDoesNotContain("Usage", "Show this help");
        assertThat(CliResult.run(Map.of("KZUZ_LANG", "kk"), "institution", "-h", "--lang", "ru")).succeeded()
                .outContains("Использование: kzuz institution", "Аргументы:", "Идентификатор организации", "Параметры:");
    }

    @Test
    void theDefaultLanguageDecidesHelpAndTheHelpCommand() {
        assertThat(CliResult.run(Map.of("KZUZ_LANG", "ru"), "help", "trade")).succeeded()
                .outContains("Использование: kzuz trade", "--partial", "Также показатели за неполный период", "Коды завершения:");
        assertThat(CliResult.run(Map.of("LANG", "kk_KZ.UTF-8"), "--help")).succeeded()
                .outContains("Қолданылуы: kzuz [-hV] [COMMAND]", "Командалар:", "  treaties  ");
        assertThat(CliResult.run(Map.of("LC_ALL", "ru_RU.UTF-8"))).succeeded().outContains("Использование: kzuz", "Команды:");
        assertThat(CliResult.run(Map.of("LANG", "kk_KZ.UTF-8"), "help")).succeeded()
                .outContains("Командалар:", "  help          Көрсетілген команда туралы анықтама береді.");
        assertThat(CliResult.run(Map.of("KZUZ_LANG", "kk"), "help", "help")).succeeded()
                .outContains("Көрсетілген команда туралы анықтама береді.\n\nҚолданылуы: kzuz help [-h] [COMMAND]\n",
                        "COMMAND берілмесе");
    }

    /** The root has no --lang: picocli leaves one given with --help over, and the help takes it. */
    @Test
    void theRootsHelpTakesALangGivenWithIt() {
        assertThat(CliResult.run("--help", "--lang", "kk")).succeeded().outContains("Қолданылуы: kzuz [-hV] [COMMAND]");
        assertThat(CliResult.run(Map.of("KZUZ_LANG", "kk"), "--lang=ru", "-h")).succeeded().outContains("Использование: kzuz");
        assertThat(CliResult.run("--help", "--lang", "xx")).failedWith(2)
                .errContains("kzuz: Invalid value for option '--lang': 'xx' is not a language kzuz shows: en, kk, ru, uz (see 'kzuz --help')");
        // Without --help, as before: the root takes no --lang.
        assertThat(CliResult.run("--lang", "kk")).failedWith(2).errContains("unknown option '--lang'");
    }

    /** The root's list, made without the commands' models, is what picocli makes from them, in every language. */
    @Test
    void theRootsListIsPicoclisInEveryLanguage() {
        for (String lang : new String[] {"kk", "ru"}) {
            StringWriter full = new StringWriter();
            PrintWriter none = new PrintWriter(new StringWriter());
            CommandLine cmd = Cli.commandLine(new App(new Terminal(false)), none, none, false);
            HelpText.use(cmd, Lang.ofCode(lang));
            cmd.usage(new PrintWriter(full, true));
            assertThat(CliResult.run(Map.of("KZUZ_LANG", lang), "--help").out()).isEqualTo(full.toString());
        }
    }

    @Test
    void aBadDefaultLanguageIsAUsageErrorForHelpToo() {
        for (String[] args : new String[][] {{"--help"}, {}, {"help", "trade"}, {"treaties", "--help"}}) {
            assertThat(CliResult.run(Map.of("KZUZ_LANG", "xx"), args)).failedWith(2)
                    .errContains("kzuz: KZUZ_LANG: 'xx' is not en, kk, ru or uz");
        }
        // --lang decides without the environment; --version reads no language.
        assertThat(CliResult.run(Map.of("KZUZ_LANG", "xx"), "treaties", "--help", "--lang", "ru")).succeeded()
                .outContains("Использование: kzuz treaties");
        assertThat(CliResult.run(Map.of("KZUZ_LANG", "xx"), "--version")).succeeded().outContains("kzuz 0.1.0");
    }

    @Test
    void versionSaysTheVersionTheKnowledgeBaseAndTheJava() throws Exception {
        String pom = java.nio.file.Files.readString(Path.of("pom.xml"));
        String version = pom.replaceFirst("(?s).*?<artifactId>kzuz</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        var kb = dev.kzuz.kb.KbLoader.load(java.util.List.of(dev.kzuz.kb.KbSource.bundled())).kb();
        int records = kb.size();
        String checked = kb.ofType(dev.kzuz.model.RecordType.SOURCE, dev.kzuz.model.Source.class).stream()
                .map(dev.kzuz.model.Source::accessed).filter(java.util.Objects::nonNull).map(Object::toString).max(String::compareTo).orElseThrow();
        CliResult r = CliResult.run("--version");
        assertThat(r).succeeded();
        org.assertj.core.api.Assertions.assertThat(r.out().lines().toList()).containsExactly(
                "kzuz " + version,
                "knowledge base: " + records + " records, sources checked up to " + checked,
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), " + System.getProperty("java.home"));
    }
}
