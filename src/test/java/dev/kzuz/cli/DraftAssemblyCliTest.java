package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.kzuz.support.Pandoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A draft built from every command that writes Markdown, with --into, in footnotes and numbered. */
class DraftAssemblyCliTest {
    /** The commands an essay is assembled from, each with its --into appended by the test. */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("cite", "eternal-friendship-1998", "cadb"),
            List.of("treaties", "--since", "1997", "--until", "1998"),
            List.of("institution", "csto"),
            List.of("timeline", "--since", "1994", "--until", "1994"),
            List.of("trade", "--since", "2021", "--until", "2022"),
            List.of("cite", "trade-2022-uz-stat", "eternal-friendship-1998"));

    private static CliResult run(Path draft, String lang, List<String> command, String... more) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--lang", lang, "--into", draft.toString()));
        args.addAll(List.of(more));
        return CliResult.run(args.toArray(String[]::new));
    }

    @Test
    void everyCommandAddsToOneDraftWithEachFootnoteDefinedOnce(@TempDir Path dir) throws Exception {
        Path draft = Files.writeString(dir.resolve("essay.md"), "# Эссе\n\nӨз сөзім.\n");
        for (List<String> command : COMMANDS) {
            assertThat(run(draft, "kk", command)).succeeded().outContains("essay.md файлына қосылды: абзац — ");
        }
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Эссе\n\nӨз сөзім.\n\n").contains("2022 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы")
                .doesNotContain("## Пайдаланылған әдебиеттер");
        CiteCliTest.Footnotes f = CiteCliTest.Footnotes.of(text);
        assertThat(f.definitions()).allSatisfy((label, count) -> assertThat(count).as(label).isEqualTo(1));
        assertThat(f.definitions().keySet()).containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(f.references()));
        // Timeline lines and trade rows cite too.
        assertThat(text).containsPattern("(?m)^- .*1994.*\\[\\^[a-z0-9-]+\\]$").containsPattern("(?m)^\\| trade-2022-uz-stat \\|.*\\[\\^yuz-2022-ca-trade\\]");
    }

    @Test
    void aNumberedDraftKeepsOneListAndItsNumbersAsItGrows(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("referat.md");
        assertThat(run(draft, "ru", COMMANDS.get(0), "--numbered")).succeeded().outContains("referat.md: добавлено абзацев — 2, источников в список литературы — ");
        Map<String, Integer> first = numbers(Files.readString(draft));
        for (List<String> command : COMMANDS.subList(1, COMMANDS.size())) {
            assertThat(run(draft, "ru", command)).succeeded().outContains("источников в список литературы — ");
        }
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        Map<String, Integer> all = numbers(text);
        assertThat(all).containsAllEntriesOf(first);
        assertThat(all.values()).as("numbered 1..n, each source once").containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, all.size()).boxed().toList());
        assertThat(text).containsOnlyOnce("## Список литературы").doesNotContain("[^");
        assertThat(text.substring(text.indexOf("## Список литературы"))).as("the list is last").doesNotContain("|", "\n- ");
        Matcher cited = Pattern.compile("\\[(\\d+(?:, \\d+)*)\\]").matcher(text.substring(0, text.indexOf("## Список литературы")));
        List<Integer> used = new ArrayList<>();
        while (cited.find()) {
            for (String n : cited.group(1).split(", ")) {
                used.add(Integer.valueOf(n));
            }
        }
        assertThat(used).containsAll(all.values());
        assertThat(all.values()).containsAll(used);
        // Citing again adds no reference and changes no number.
        assertThat(run(draft, "ru", COMMANDS.get(0))).succeeded().outContains("в список литературы — 0");
        assertThat(numbers(Files.readString(draft))).isEqualTo(all);
    }

    @Test
    void numberedWithoutADraftPrintsTheListAtTheEnd() {
        assertThat(CliResult.run("cite", "cadb", "--numbered", "--lang", "kk")).succeeded()
                .outContains("[1", "\n\n## Пайдаланылған әдебиеттер\n\n1. ").outDoesNotContain("[^");
        assertThat(CliResult.run("cite", "cadb", "--numbered", "--pandoc")).failedWith(2).errContains("choose one");
    }

    @Test
    void aPageOfASourceIsCitedAsPapersCiteIt(@TempDir Path dir) throws Exception {
        assertThat(CliResult.run("cite", "eternal-friendship-1998", "--lang", "ru", "--numbered", "--page", "adilet-p990000287=2"))
                .succeeded().outContains("Узбекистан [1, с. 2; 2; 3; 4; 5].");
        assertThat(CliResult.run("cite", "eternal-friendship-1998", "--lang", "kk", "--page", "adilet-p990000287=2-3")).succeeded()
                .outContains("[^adilet-p990000287@2–3][^", "(қаралған күні: 25.11.2026). Б. 2–3.\n").outDoesNotContain("[^adilet-p990000287]");
        assertThat(CliResult.run("cite", "eternal-friendship-1998", "--pandoc", "--page", "adilet-p990000287=2"))
                .succeeded().outContains("[@adilet-p990000287, 2; @");
        assertThat(CliResult.run("cite", "cadb", "--page", "tokayev-2000=45")).failedWith(2)
                .errContains("--page: 'tokayev-2000' is not a source of what is cited; its sources are ");
        assertThat(CliResult.run("cite", "cadb", "--page", "45")).failedWith(2).errContains("is not SOURCE=PAGE");
        // In a draft, the page's footnote stands beside the source's own.
        Path draft = dir.resolve("essay.md");
        assertThat(run(draft, "en", List.of("cite", "eternal-friendship-1998"))).succeeded();
        assertThat(run(draft, "en", List.of("cite", "eternal-friendship-1998"), "--page", "adilet-p990000287=2")).succeeded();
        String text = Files.readString(draft);
        assertThat(text).containsOnlyOnce("[^adilet-p990000287]: ").containsOnlyOnce("[^adilet-p990000287@2]: ");
        Pandoc.Run pandoc = Pandoc.run(dir, "essay.md", "-t", "plain");
        org.junit.jupiter.api.Assumptions.assumeTrue(pandoc.exit() != 127, "pandoc is not installed");
        assertThat(pandoc.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"treaties", "timeline", "trade"})
    void aDraftTakesOnlyMarkdown(String command, @TempDir Path dir) throws Exception {
        Path draft = Files.writeString(dir.resolve("essay.md"), "# Essay\n");
        assertThat(CliResult.run(command, "--format", "csv", "--into", draft.toString())).failedWith(2).errContains("Markdown");
        assertThat(Files.readString(draft)).isEqualTo("# Essay\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"treaties", "timeline", "trade", "institution"})
    void whatIsNoDraftIsRefusedAndNothingIsWritten(String command, @TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        if (command.equals("institution")) {
            args.add("cadb");
        }
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        Path latin1 = Files.write(dir.resolve("latin1.md"), "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Map<String, String> says = new LinkedHashMap<>();
        says.put(dir.resolve("no-such-folder/essay.md").toString(), "--into: ");
        says.put(folder.toString(), "is a folder, not a file");
        says.put(latin1.toString(), "is not UTF-8 text; it was left unchanged");
        says.forEach((file, message) -> {
            List<String> all = new ArrayList<>(args);
            all.addAll(List.of("--into", file));
            CliResult r = CliResult.run(all.toArray(String[]::new));
            assertThat(r).failedWith(2).errContains(message);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        });
        assertThat(Files.readAllBytes(latin1)).isEqualTo("# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()).sorted()).containsExactly("drafts", "latin1.md");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void checkFindsTheWritersErrorAndNothingInWhatKzuzWrote(boolean numbered, @TempDir Path dir) throws Exception {
        Path draft = dir.resolve("essay.md");
        for (List<String> command : COMMANDS) {
            assertThat(run(draft, "kk", command, numbered ? new String[] {"--numbered"} : new String[0])).succeeded();
        }
        assertThat(CliResult.run("check", draft.toString(), "--lang", "kk")).succeeded().outContains("қайшылық — 0");
        String mine = "Қазақстан, Қырғызстан және Өзбекстан арасындағы мәңгілік достық туралы шартқа 1997 жылы 10 наурызда қол қойылды.\n";
        Files.writeString(draft, mine + "\n" + Files.readString(draft));
        CliResult check = CliResult.run("check", draft.toString(), "--lang", "kk");
        assertThat(check.exitCode()).isEqualTo(5);
        assertThat(check.out()).contains("essay.md:1:92: күні «1997 жылы 10 наурызда»", "қайшылық — 1");
    }

    /** The draft's reference list: source id to its number. */
    private static Map<String, Integer> numbers(String draft) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^(\\d+)\\. .* <!-- kzuz:(\\S+) -->$").matcher(draft);
        while (m.find()) {
            assertThat(out.put(m.group(2), Integer.valueOf(m.group(1)))).as("listed once: " + m.group(2)).isNull();
        }
        return out;
    }
}
