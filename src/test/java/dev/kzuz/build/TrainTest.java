package dev.kzuz.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.cli.App;
import dev.kzuz.cli.Cli;
import dev.kzuz.cli.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every command an archive is trained on runs as meant: a typo would train only the error path. */
class TrainTest {
    /** The training lines that are errors on purpose, and their exit codes. */
    private static final Map<String, Integer> ERRORS = Map.of(
            "treaties --since abc", 2,
            "institution cadbx", 3,
            "treatis", 2);

    @Test
    void everyTrainingCommandRunsWithTheExitCodeMeant() {
        for (Map.Entry<String, String[][]> group : Train.GROUPS.entrySet()) {
            for (String[] line : group.getValue()) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Cli.run(new App(new Terminal(false)), new PrintWriter(out), new PrintWriter(err), line);
                String joined = String.join(" ", line);
                assertThat(code).as(group.getKey() + ": " + joined + "\n" + err).isEqualTo(ERRORS.getOrDefault(joined, 0));
                assertThat(ERRORS.containsKey(joined) ? err.toString() : out.toString()).as(joined).isNotEmpty();
            }
        }
    }
}
