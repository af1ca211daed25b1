package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kzuz check finds nothing to contradict in the Markdown kzuz writes itself, in any language:
 * lists, cards, claims, search, trade, the whole timeline (its membership steps among them),
 * citations and a numbered draft.
 */
class CheckOwnOutputTest {
    private static final List<List<String>> COMMANDS = List.of(
            List.of("treaties"), List.of("treaties", "--cite"), List.of("events", "--cite"), List.of("institutions", "--cite"),
            List.of("treaty", "eternal-friendship-1998", "--cite"), List.of("event", "diplomatic-relations-1992"),
            List.of("institution", "csto", "--cite"), List.of("institution", "cadb"), List.of("claims"),
            List.of("trade", "--cite"), List.of("search", "tashkent"), List.of("timeline"), List.of("timeline", "--cite"),
            List.of("cite", "eternal-friendship-1998", "trilateral-eternal-friendship-1997", "cadb", "csto", "trade-2022-uz-stat"),
            List.of("cite", "eternal-friendship-1998", "cadb", "--numbered"));

    @ParameterizedTest
    @ValueSource(strings = {"en", "kk", "ru", "uz"})
    void everyMarkdownOutputChecksClean(String lang, @TempDir Path dir) throws Exception {
        List<String> alarms = new ArrayList<>();
        for (List<String> command : COMMANDS) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--lang", lang, "--format", "md"));
            if (command.get(0).equals("cite")) {
                args.removeAll(List.of("--format", "md"));
            }
            CliResult out = CliResult.run(args.toArray(String[]::new));
            assertThat(out.exitCode()).as(String.join(" ", args) + ": " + out.err()).isZero();
            Path md = Files.writeString(dir.resolve("out.md"), out.out());
            CliResult check = CliResult.run("check", md.toString(), "--lang", lang);
            if (check.exitCode() != 0) {
                alarms.add(String.join(" ", args) + "\n" + check.out());
            }
        }
        // And a draft built from all of them with --into, numbered.
        Path draft = dir.resolve("draft.md");
        for (List<String> command : COMMANDS) {
            List<String> args = new ArrayList<>(command);
            args.removeAll(List.of("--cite", "--numbered"));
            args.addAll(List.of("--lang", lang, "--into", draft.toString(), "--numbered"));
            assertThat(CliResult.run(args.toArray(String[]::new)).exitCode()).as(String.join(" ", args)).isZero();
        }
        CliResult check = CliResult.run("check", draft.toString(), "--lang", lang);
        if (check.exitCode() != 0) {
            alarms.add("the numbered draft\n" + check.out());
        }
        assertThat(alarms).isEmpty();
    }
}
