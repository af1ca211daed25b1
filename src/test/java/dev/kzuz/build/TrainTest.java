package dev.kzuz.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.cli.App;
import dev.kzuz.cli.ArchiveGroup;
import dev.kzuz.cli.Cli;
import dev.kzuz.cli.Subcommand;
import dev.kzuz.cli.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command an archive is trained on runs as meant, and each archive is trained on the commands that use it. */
class TrainTest {
    /** The training lines that are errors on purpose, and their exit codes. */
    private static final Map<String, Integer> ERRORS = Map.of(
            "treaties --since abc", 2,
            "institution cadbx", 3,
            "treatis", 2);

    @Test
    void everyTrainingCommandRunsWithTheExitCodeMeant() {
        for (ArchiveGroup group : ArchiveGroup.values()) {
            if (group == ArchiveGroup.FULL) {
                continue; // every other group's lines, and fullOnly's, which need files (the launcher tests run them)
            }
            for (String[] line : Train.trainedOn(group)) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Cli.run(new App(new Terminal(false)), new PrintWriter(out), new PrintWriter(err), line);
                String joined = String.join(" ", line);
                assertThat(code).as(group.word() + ": " + joined + "\n" + err).isEqualTo(ERRORS.getOrDefault(joined, 0));
                assertThat(ERRORS.containsKey(joined) ? err.toString() : out.toString()).as(joined).isNotEmpty();
            }
        }
    }

    /** A command's archive holds its classes only if the training ran it: each runs in its own group's training. */
    @Test
    void everyCommandIsTrainedInTheGroupTheRegistryGivesIt() {
        for (Subcommand c : Subcommand.values()) {
            if (c == Subcommand.SHELL) {
                continue; // needs a terminal; the shell's commands are trained on their own
            }
            List<String[]> lines = new ArrayList<>(List.of(Train.trainedOn(c.group())));
            if (c.group() == ArchiveGroup.FULL) {
                lines.addAll(Train.fullOnly(Path.of("draft.md"), Path.of("chart.svg")));
            }
            assertThat(lines).as(c.command() + " in " + c.group().word()).anyMatch(line -> line.length > 0 && line[0].equals(c.command()));
        }
    }

    /**
     * A run without --lang reads the environment, looks for the config file and reads the
     * locale; a class of that path the archive lacks costs every such run the opening of the jar.
     * A training started with KZUZ_LANG set (which decides before the config file is looked for)
     * and a config file kzuz refuses still takes the whole path, and ends well.
     */
    @Test
    void theTrainingTakesTheWholeDefaultLanguagePathWhateverItsEnvironment(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".config/kzuz"));
        Files.writeString(home.resolve(".config/kzuz/config"), "lang = xx\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xlog:class+load", "-cp", System.getProperty("java.class.path"), "dev.kzuz.build.Train", "show")
                .redirectErrorStream(true);
        pb.environment().putAll(Map.of("KZUZ_LANG", "ru", "HOME", home.toString(), "LANG", "ru_RU.UTF-8"));
        pb.environment().remove("XDG_CONFIG_HOME");
        Process p = pb.start();
        p.getOutputStream().close();
        String loaded = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(loaded).isZero();
        assertThat(loaded).contains(" java.lang.ProcessEnvironment ", " dev.kzuz.cli.DefaultLang ", " dev.kzuz.io.UserDirs ",
                " dev.kzuz.cli.LangSetting ", " java.nio.file.NoSuchFileException ");
    }

    /** ... and a command's group trains no other group's command (data and help cut across commands by design). */
    @Test
    void aCommandsGroupIsTrainedOnlyOnItsOwnCommands() {
        for (ArchiveGroup group : List.of(ArchiveGroup.LIST, ArchiveGroup.SHOW, ArchiveGroup.SEARCH, ArchiveGroup.TRADE)) {
            for (String[] line : Train.trainedOn(group)) {
                assertThat(Subcommand.named(line[0]).group()).as(String.join(" ", line)).isEqualTo(group);
            }
        }
    }
}
