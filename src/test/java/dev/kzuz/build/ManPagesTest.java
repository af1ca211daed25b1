package dev.kzuz.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.cli.HelpText;
import dev.kzuz.cli.Subcommand;
import dev.kzuz.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The man page sources the build writes: English, and the same pages in Kazakh and Russian, none with English headings. */
class ManPagesTest {
    private static final List<String> PICOCLI_HEADINGS =
            List.of("== Name", "== Synopsis", "== Description", "== Options", "== Arguments", "== Commands", ":manmanual: Kzuz Manual");

    @Test
    void everyPageInEveryLanguage(@TempDir Path dir) throws IOException {
        Path man = dir.resolve("man-adoc");
        GenerateDocs.main(new String[] {dir.resolve("completions").toString(), man.toString()});
        for (Lang lang : List.of(Lang.EN, Lang.KK, Lang.RU, Lang.UZ)) {
            Path pages = lang == Lang.EN ? man : man.resolve(lang.code());
            ResourceBundle words = HelpText.bundle(lang);
            for (String command : commands()) {
                String name = command.isEmpty() ? "kzuz" : "kzuz-" + command;
                List<String> page = Files.readAllLines(pages.resolve(name + ".adoc"), StandardCharsets.UTF_8);
                String header = command.isEmpty() ? words.getString("kzuz.usage.description") : words.getString("kzuz." + command + ".usage.header");
                assertThat(page).as(lang.code() + " " + name).contains("== " + words.getString("man.name"), name + " - " + header,
                        "== " + words.getString("man.synopsis"), ":manmanual: " + words.getString("man.manual"));
                if (lang != Lang.EN) {
                    assertThat(page).as(lang.code() + " " + name).doesNotContainAnyElementsOf(PICOCLI_HEADINGS);
                }
            }
        }
        assertThat(Files.readAllLines(man.resolve("kzuz-treaties.adoc"))).containsAll(PICOCLI_HEADINGS.subList(0, 4));
    }

    private static List<String> commands() {
        List<String> names = new java.util.ArrayList<>(List.of("", "help"));
        for (Subcommand c : Subcommand.values()) {
            names.add(c.command());
        }
        return names;
    }
}
