package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kzuz.build.GenerateDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed completion scripts are the ones the build generates from the command model,
 * and they complete what they should in a real bash (and parse in fish where it is installed).
 */
class CompletionTest {
    // Made here by the build's own generator rather than read from target/completions, which the
    // build writes only at package.
    @ParameterizedTest
    @ValueSource(strings = {"kzuz.bash", "kzuz.zsh", "kzuz.fish"})
    void committedScriptIsWhatTheBuildGenerates(String name, @TempDir Path dir) throws IOException {
        GenerateDocs.main(new String[] {dir.resolve("completions").toString(), dir.resolve("man-adoc").toString()});
        assertThat(Files.readString(Path.of("completions", name), StandardCharsets.UTF_8))
                .as("completions/" + name + " is out of date: run 'mvn -q -DskipTests package' and copy target/completions/"
                        + name + " over it")
                .isEqualTo(Files.readString(dir.resolve("completions").resolve(name), StandardCharsets.UTF_8));
    }

    private static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    /** What bash offers after "kzuz WORDS…" with the cursor at the end of the last word. */
    private static List<String> bashComplete(String line) throws Exception {
        String script = "source completions/kzuz.bash 2>/dev/null; COMP_LINE='" + line + "'; COMP_WORDS=(" + line
                + (line.endsWith(" ") ? "''" : "") + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_POINT=${#COMP_LINE}; "
                + "_complete_kzuz kzuz \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null; "
                + "printf '%s\\n' \"${COMPREPLY[@]}\"";
        return run("bash", "-c", script).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void bashCompletesCommandsInstitutionIdsAndOptionValues() throws Exception {
        assumeTrue(installed("bash"), "bash is not installed: skipping the bash completion test");
        assertThat(bashComplete("kzuz tre")).contains("treaties", "treaty");
        assertThat(bashComplete("kzuz institution ")).contains("cadb", "csto", "centrasbat", "council-of-defence-ministers");
        assertThat(bashComplete("kzuz institution cs")).containsExactly("csto");
        assertThat(bashComplete("kzuz treaties --format ")).containsExactlyInAnyOrder("table", "md", "json", "csv");
        assertThat(bashComplete("kzuz treaties --party ")).contains("KZ", "UZ", "KG");
        assertThat(bashComplete("kzuz cite --style ")).containsExactlyInAnyOrder("gost", "gost-author-date", "apa", "chicago");
        assertThat(bashComplete("kzuz cs")).containsExactly("csl");
        assertThat(bashComplete("kzuz csl ")).containsExactlyInAnyOrder("gost", "gost-author-date", "apa", "chicago");
        assertThat(bashComplete("kzuz csl gost --")).contains("--lang", "--out");
        assertThat(bashComplete("kzuz search --type ")).contains("treaty", "institution", "claim");
        assertThat(bashComplete("kzuz treaties --lang ")).containsExactlyInAnyOrder("en", "kk", "ru", "uz");
    }

    @Test
    void fishParsesItsScript() throws Exception {
        assumeTrue(installed("fish"), "fish is not installed: skipping 'fish -n'");
        Process p = new ProcessBuilder("fish", "-n", "completions/kzuz.fish").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    @Test
    void fishCompletesInstitutionIds() throws Exception {
        assumeTrue(installed("fish"), "fish is not installed: skipping fish completion");
        String out = run("fish", "--no-config", "-c", "source completions/kzuz.fish; complete -C 'kzuz institution '");
        assertThat(out).contains("cadb", "csto");
    }
}
