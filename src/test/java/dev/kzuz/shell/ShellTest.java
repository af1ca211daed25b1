package dev.kzuz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The shell driven through a dumb terminal over byte streams: several commands, an error, exit. */
class ShellTest {

    private static String session(String input, Path history) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A dumb terminal over byte streams (TerminalBuilder's stream pump would see end of input at once).
        try (Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, StandardCharsets.UTF_8)) {
            t.setSize(new org.jline.terminal.Size(120, 40));
            assertThat(new Shell(t, history).run()).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(60)
    void aSessionOfSeveralCommandsWithAnErrorThenExit(@TempDir Path dir) throws Exception {
        Path history = dir.resolve("history");
        String out = session("treaties --since 2022 --until 2022 --format csv\n"
                + "institution cadbx\n"
                + "kzuz institution csto --lang ru --format md\n"
                + "shell\n"
                + "exit\n"
                + "treaties\n", history);
        assertThat(out).contains("kzuz shell", "allied-treaty-2022", "demarcation-treaty-2022");
        assertThat(out).contains("kzuz: no institution 'cadbx' — did you mean 'cadb'");
        assertThat(out).contains("## Организация Договора о коллективной безопасности");
        assertThat(out).contains("kzuz: already in the shell");
        // After "exit" nothing more runs.
        assertThat(out.indexOf("allied-treaty-2022")).isEqualTo(out.lastIndexOf("allied-treaty-2022"));
        assertThat(Files.readString(history)).contains("institution cadbx", "treaties --since 2022");
    }

    @Test
    @Timeout(60)
    void endOfInputEndsTheSession(@TempDir Path dir) throws Exception {
        String out = session("validate\n", dir.resolve("h"));
        assertThat(out).contains("ok: ");
    }

    @Test
    @Timeout(60)
    void helpInsideTheShell(@TempDir Path dir) throws Exception {
        assertThat(session("help timeline\n", dir.resolve("h"))).contains("Usage: kzuz timeline");
    }
}
