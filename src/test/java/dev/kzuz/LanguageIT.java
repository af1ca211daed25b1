package dev.kzuz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default language through the real launcher, as a user's environment sets it: the locale,
 * KZUZ_LANG, the config file, and the shell started under them. Each run gets only the
 * environment the test gives (the machine's LANG or config never count). Runs after packaging
 * (failsafe), as LauncherIT does.
 */
class LanguageIT {
    private static final Path LAUNCHER = Path.of("bin/kzuz").toAbsolutePath();
    private static final String EN = "## Central Asian Bank for Cooperation and Development\n";
    private static final String KK = "## Орталық Азия ынтымақтастық және даму банкі\n";
    private static final String RU = "## Центральноазиатский банк сотрудничества и развития\n";

    /** One cache for the class: the launcher installs the jar once. */
    @TempDir
    static Path cache;

    @TempDir
    Path home;

    private Map<String, String> env;

    @BeforeEach
    void environment() {
        env = new HashMap<>(Map.of(
                "PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "JAVA_HOME", System.getProperty("java.home"),
                "HOME", home.toString(),
                "XDG_CACHE_HOME", cache.toString(),
                "KZUZ_CDS", "0"));
    }

    /** Runs the launcher with the test's environment plus {@code extra} (name, value, …), {@code input} on stdin. */
    private Unpacked.Run run(String input, List<String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Map<String, String> all = new HashMap<>(env);
        for (int i = 0; i < extra.size(); i += 2) {
            all.put(extra.get(i), extra.get(i + 1));
        }
        return Unpacked.run(home, all, command, input);
    }

    private Unpacked.Run run(List<String> extra, String... args) throws Exception {
        return run("", extra, args);
    }

    @Test
    void aRussianLocaleAnswersInRussianAsLangRuDoes() throws Exception {
        Unpacked.Run flag = run(List.of(), "institution", "cadb", "--lang", "ru");
        Unpacked.Run locale = run(List.of("LANG", "ru_RU.UTF-8"), "institution", "cadb");
        assertThat(locale.err()).isEmpty();
        assertThat(locale.code()).isZero();
        assertThat(locale.out()).startsWith(RU).isEqualTo(flag.out());
        assertThat(run(List.of("LC_ALL", "kk_KZ.UTF-8", "LANG", "ru_RU.UTF-8"), "institution", "cadb").out()).startsWith(KK);
        // An Uzbek locale, in either script: Uzbek, in Latin.
        assertThat(run(List.of("LANG", "uz_UZ.UTF-8"), "institution", "cadb").out()).startsWith("## Markaziy Osiyo hamkorlik va taraqqiyot banki");
        assertThat(run(List.of("LANG", "uz_UZ.UTF-8@cyrillic"), "institution", "cadb").out()).startsWith("## Markaziy Osiyo hamkorlik va taraqqiyot banki");
        // A locale of none of these languages: English, as before.
        assertThat(run(List.of("LANG", "C"), "institution", "cadb").out()).startsWith(EN);
        // LC_ALL=C wins over LC_MESSAGES, though the launcher turns a non-UTF-8 LC_ALL into LANG.
        assertThat(run(List.of("LC_ALL", "C", "LC_MESSAGES", "ru_RU.UTF-8"), "institution", "cadb").out()).startsWith(EN);
    }

    @Test
    void kzuzLangOverTheLocaleAndABadOneIsOneLine() throws Exception {
        Unpacked.Run kk = run(List.of("KZUZ_LANG", "kk", "LANG", "ru_RU.UTF-8"), "institution", "cadb");
        assertThat(kk.code()).isZero();
        assertThat(kk.out()).startsWith(KK);
        Unpacked.Run bad = run(List.of("KZUZ_LANG", "xx"), "institution", "cadb");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).isEqualTo("kzuz: KZUZ_LANG: 'xx' is not en, kk, ru or uz\n");
    }

    @Test
    void theConfigFileUnderXdgConfigHomeElseHome(@TempDir Path xdg) throws Exception {
        Files.createDirectories(home.resolve(".config/kzuz"));
        Files.writeString(home.resolve(".config/kzuz/config"), "lang = kk\n");
        Files.createDirectories(xdg.resolve("kzuz"));
        Files.writeString(xdg.resolve("kzuz/config"), "# for my Russian essay\nlang = ru\n");
        assertThat(run(List.of("LANG", "en_US.UTF-8"), "institution", "cadb").out()).startsWith(KK);
        assertThat(run(List.of("XDG_CONFIG_HOME", xdg.toString()), "institution", "cadb").out()).startsWith(RU);
        Files.writeString(xdg.resolve("kzuz/config"), "lang = ru\nlanguage = kk\n");
        Unpacked.Run bad = run(List.of("XDG_CONFIG_HOME", xdg.toString()), "institution", "cadb");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("kzuz: " + xdg.resolve("kzuz/config") + ":2: unknown key 'language' (the only key is lang)\n");
    }

    @Test
    void theShellStartsInTheDefaultLanguageAndSetLangChangesIt() throws Exception {
        Unpacked.Run r = run("set lang\ninstitution cadb --format md\nset lang en\nset lang\ninstitution cadb --format md\n",
                List.of("KZUZ_LANG", "kk"), "shell");
        assertThat(r.code()).as(r.err()).isZero();
        String out = r.out().replace("\r\n", "\n");
        assertThat(out).contains("lang: kk (KZUZ_LANG)\n", "lang: en (set in this session)\n");
        assertThat(out.indexOf(KK)).isPositive().isLessThan(out.indexOf(EN));
        Unpacked.Run flag = run("set lang\n", List.of("LANG", "kk_KZ.UTF-8"), "shell", "--lang", "ru");
        assertThat(flag.out()).contains("lang: ru (--lang)\n");
        Unpacked.Run locale = run("set lang\n", List.of("LANG", "kk_KZ.UTF-8"), "shell");
        assertThat(locale.out()).contains("lang: kk (LANG=kk_KZ.UTF-8)\n");
    }
}
