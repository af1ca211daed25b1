package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language a command shows when its --lang does not say: KZUZ_LANG, else the config file,
 * else the locale, else English; run in-process with the environment each test gives.
 */
class DefaultLangTest {
    private static final String EN = "## Central Asian Bank for Cooperation and Development\n";
    private static final String KK = "## Орталық Азия ынтымақтастық және даму банкі\n";
    private static final String RU = "## Центральноазиатский банк сотрудничества и развития\n";

    @TempDir
    Path home;
    private Path config;

    @BeforeEach
    void configPath() {
        config = home.resolve(".config/kzuz/config");
    }

    private void config(String text) throws Exception {
        Files.createDirectories(config.getParent());
        Files.writeString(config, text);
    }

    /** An environment of name/value pairs, with HOME the test's folder. */
    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    /** The heading 'institution cadb' writes in Markdown: its title in the language chosen. */
    private static String heading(Map<String, String> env, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "institution";
        args[1] = "cadb";
        args[2] = "--format=md";
        System.arraycopy(more, 0, args, 3, more.length);
        CliResult r = CliResult.run(env, args);
        assertThat(r).succeeded();
        return r.out().substring(0, r.out().indexOf('\n') + 1);
    }

    @Test
    void flagOverEnvironmentOverConfigOverLocaleOverEnglish() throws Exception {
        assertThat(heading(env())).isEqualTo(EN);
        assertThat(heading(env("LANG", "ru_RU.UTF-8"))).isEqualTo(RU);
        config("lang = kk\n");
        assertThat(heading(env("LANG", "ru_RU.UTF-8"))).isEqualTo(KK);
        assertThat(heading(env("LANG", "kk_KZ.UTF-8", "KZUZ_LANG", "ru"))).isEqualTo(RU);
        assertThat(heading(env("LANG", "kk_KZ.UTF-8", "KZUZ_LANG", "ru"), "--lang", "en")).isEqualTo(EN);
        assertThat(heading(env("KZUZ_LANG", "ru"), "--lang", "kk")).isEqualTo(KK);
        // An empty KZUZ_LANG is unset: the config decides.
        assertThat(heading(env("KZUZ_LANG", "", "LANG", "ru_RU.UTF-8"))).isEqualTo(KK);
    }

    @Test
    void aLocaleAnswersAsItsLanguageDoesByteForByte() {
        CliResult flag = CliResult.run(env(), "institution", "cadb", "--lang", "ru");
        CliResult locale = CliResult.run(env("LANG", "ru_RU.UTF-8"), "institution", "cadb");
        assertThat(locale).succeeded();
        assertThat(locale.out()).isEqualTo(flag.out()).startsWith(RU);
        // The citation style follows the language chosen, as it follows --lang: GOST for Russian.
        assertThat(CliResult.run(env("LANG", "ru_RU.UTF-8"), "cite", "cadb").out())
                .isEqualTo(CliResult.run(env(), "cite", "cadb", "--lang", "ru").out());
    }

    @Test
    void theConfigFileIsUnderAnAbsoluteXdgConfigHomeElseHomesConfig(@TempDir Path xdg) throws Exception {
        config("lang = kk\n");
        Files.createDirectories(xdg.resolve("kzuz"));
        Files.writeString(xdg.resolve("kzuz/config"), "# mine\n\n  lang=RU   # Russian for the essay\n");
        assertThat(heading(env("XDG_CONFIG_HOME", xdg.toString()))).isEqualTo(RU);
        assertThat(heading(env("XDG_CONFIG_HOME", "relative/config"))).isEqualTo(KK);
        assertThat(heading(env("XDG_CONFIG_HOME", ""))).isEqualTo(KK);
    }

    @Test
    void theLocaleVariablesCountInPosixOrderTheFirstSetDeciding() {
        assertThat(DefaultLang.of(env("LC_ALL", "C", "LANG", "ru_RU.UTF-8"))).isEqualTo(LangSetting.DEFAULT);
        assertThat(DefaultLang.of(env("LC_ALL", "", "LC_MESSAGES", "kk_KZ.UTF-8", "LANG", "ru_RU.UTF-8")).describe())
                .isEqualTo("kk (LC_MESSAGES=kk_KZ.UTF-8)");
        assertThat(DefaultLang.of(env("LC_ALL", "ru_KZ.UTF-8", "LC_MESSAGES", "kk_KZ.UTF-8")).describe()).isEqualTo("ru (LC_ALL=ru_KZ.UTF-8)");
        assertThat(DefaultLang.of(env("LANG", "ru_UZ")).describe()).isEqualTo("ru (LANG=ru_UZ)");
        assertThat(DefaultLang.of(env("LANG", "en_US.UTF-8"))).isEqualTo(LangSetting.DEFAULT);
        assertThat(DefaultLang.of(env())).isEqualTo(LangSetting.DEFAULT);
    }

    @Test
    void aLocaleIsKazakhRussianOrUzbekByItsLanguagePartAndEnglishOtherwise() {
        for (String kk : new String[] {"kk_KZ.UTF-8", "kk", "kk_KZ", "kk_KZ@cyrillic", "KK_KZ.utf8"}) {
            assertThat(DefaultLang.ofLocale(kk)).as(kk).isEqualTo(Lang.KK);
        }
        for (String ru : new String[] {"ru_RU.UTF-8", "ru", "ru_KZ", "ru_UZ.UTF-8", "ru_RU.KOI8-R", "ru@euro", "ru.UTF-8"}) {
            assertThat(DefaultLang.ofLocale(ru)).as(ru).isEqualTo(Lang.RU);
        }
        // An Uzbek locale in either script: kzuz writes Uzbek in Latin.
        for (String uz : new String[] {"uz_UZ", "uz_UZ.UTF-8", "uz_UZ.UTF-8@cyrillic", "uz"}) {
            assertThat(DefaultLang.ofLocale(uz)).as(uz).isEqualTo(Lang.UZ);
        }
        for (String other : new String[] {"C", "POSIX", "C.UTF-8", "en_US.UTF-8", "en_GB", "uzb", "kky", "russian",
            "_RU", ""}) {
            assertThat(DefaultLang.ofLocale(other)).as(other).isNull();
        }
    }

    @Test
    void uzbekMayNameItsScriptAndIsWrittenInLatinEitherWay() {
        for (String code : new String[] {"uz", "uz-Latn", "uz-Cyrl", "UZ_cyrl"}) {
            assertThat(CliResult.run("institution", "cadb", "--lang", code)).succeeded().outContains("## Markaziy Osiyo hamkorlik va taraqqiyot banki");
            assertThat(CliResult.run(env("KZUZ_LANG", code), "institution", "cadb")).succeeded().outContains("## Markaziy Osiyo hamkorlik va taraqqiyot banki");
        }
        assertThat(CliResult.run("institution", "cadb", "--lang", "uz-Arab")).failedWith(2);
    }

    @Test
    void whatChoseTheLanguageIsNamed() throws Exception {
        assertThat(DefaultLang.of(env("KZUZ_LANG", " KK ")).describe()).isEqualTo("kk (KZUZ_LANG)");
        config("lang = ru\n");
        assertThat(DefaultLang.of(env()).describe()).isEqualTo("ru (" + config + ")");
        assertThat(DefaultLang.of(env("LANG", "kk_KZ.UTF-8")).describe()).isEqualTo("ru (" + config + ")");
    }

    @Test
    void aBadKzuzLangIsAUsageErrorOfOneLine() {
        CliResult r = CliResult.run(env("KZUZ_LANG", "xx"), "institution", "cadb");
        assertThat(r).failedWith(2);
        assertThat(r.err()).isEqualTo("kzuz: KZUZ_LANG: 'xx' is not en, kk, ru or uz\n");
        // The value is printed without its control characters.
        assertThat(CliResult.run(env("KZUZ_LANG", "uz\u001b[31m"), "validate").err()).isEqualTo("kzuz: KZUZ_LANG: 'uz[31m' is not en, kk, ru or uz\n");
        // --lang decides without it; --version has no language.
        assertThat(CliResult.run(env("KZUZ_LANG", "xx"), "institution", "cadb", "--lang", "ru")).succeeded().outContains(RU);
        assertThat(CliResult.run(env("KZUZ_LANG", "xx"), "--version")).succeeded();
    }

    @Test
    void aBadLineInTheConfigFileIsAUsageErrorNamingFileAndLine() throws Exception {
        config("# my settings\nlang = kk\ncolour = red\n");
        expectConfigError(config + ":3: unknown key 'colour' (the only key is lang)");
        config("\n\nlang = uzb\n");
        expectConfigError(config + ":3: lang: 'uzb' is not en, kk, ru or uz");
        config("lang = \n");
        expectConfigError(config + ":1: lang: '' is not en, kk, ru or uz");
        config("lang kk\n");
        expectConfigError(config + ":1: 'lang kk' is not key = value (as in lang = kk)");
        // CRLF line ends and a BOM are fine.
        config("\uFEFF# mine\r\nlang = kk\r\n");
        assertThat(heading(env())).isEqualTo(KK);
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a fifo read as a file would block in open()
    void aConfigFileThatCannotBeReadAsTextIsAUsageError() throws Exception {
        Files.createDirectories(config);
        expectConfigError("config file " + config + " is a folder, not a config file");
        Files.delete(config);
        Files.write(config, new byte[] {'l', 'a', 'n', 'g', '=', (byte) 0xff, '\n'});
        expectConfigError("config file " + config + " is not UTF-8 text");
        Files.writeString(config, "# " + "x".repeat(DefaultLang.MAX_CONFIG_BYTES) + "\nlang = kk\n");
        expectConfigError("config file " + config + " is larger than 64 KiB: no kzuz config");
        Files.delete(config);
        Files.createSymbolicLink(config, config.getFileName()); // a link to itself: ELOOP, whoever runs the test
        CliResult loop = CliResult.run(env(), "institution", "cadb");
        assertThat(loop).failedWith(2).errContains("kzuz: config file " + config + " cannot be read (too many levels of symbolic links");
        Files.delete(config);
        assertThat(new ProcessBuilder("mkfifo", config.toString()).start().waitFor()).isZero();
        // A fifo would block the run until someone wrote to it.
        expectConfigError("config file " + config + " is not a regular file");
    }

    @Test
    void noConfigFileIsNoError() throws Exception {
        assertThat(heading(env())).isEqualTo(EN);
        // A link to nothing is no file.
        Files.createDirectories(config.getParent());
        Files.createSymbolicLink(config, home.resolve("nowhere"));
        assertThat(heading(env())).isEqualTo(EN);
        // A home that is a file: no folder, so no config file in it.
        Path file = Files.writeString(home.resolve("plain"), "");
        assertThat(CliResult.run(Map.of("HOME", file.toString()), "institution", "cadb")).succeeded().outContains(EN);
    }

    @Test
    void theConfigFileIsReadOnlyWhenNeitherLangNorKzuzLangDecides() throws Exception {
        config("lang = xx\n");
        assertThat(CliResult.run(env(), "institution", "cadb", "--lang", "kk")).succeeded().outContains(KK);
        assertThat(CliResult.run(env("KZUZ_LANG", "ru"), "institution", "cadb")).succeeded().outContains(RU);
        expectConfigError(config + ":1: lang: 'xx' is not en, kk, ru or uz");
    }

    @Test
    void testsRunWithAnEmptyEnvironmentUnlessTheyGiveOne() {
        // This JVM has HOME (and on most machines LANG): none of it may reach a test's output.
        assertThat(new App(new Terminal(false)).env()).isEmpty();
        assertThat(new App(new Terminal(false), new java.io.ByteArrayInputStream(new byte[0])).env()).isEmpty();
        assertThat(new App(new Terminal(false)).language()).isEqualTo(LangSetting.DEFAULT);
    }

    private void expectConfigError(String message) {
        CliResult r = CliResult.run(env("LANG", "ru_RU.UTF-8"), "institution", "cadb");
        assertThat(r).failedWith(2);
        assertThat(r.err()).isEqualTo("kzuz: " + message + "\n");
    }
}
