package dev.kzuz.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'kzuz shell' in a JVM of its own on a real terminal (script(1) gives it a pseudo-terminal and
 * passes on what the test types): Ctrl-C is the terminal's SIGINT here, as for a user.
 */
class ShellTerminalTest {
    private static final Path SCRIPT = Path.of("/usr/bin/script");

    /** What the terminal shows, collected as it comes. */
    private static final class Screen {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Screen(InputStream from) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = from.read(buffer)) > 0; ) {
                        synchronized (bytes) {
                            bytes.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // The process ended.
                }
            }, "terminal screen");
            t.setDaemon(true);
            t.start();
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }

        void waitFor(String text, int times) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(text) < times) {
                assertThat(System.nanoTime()).as("waiting for %s on the screen, which ends:%n%s", text, tail()).isLessThan(end);
                Thread.sleep(20);
            }
        }

        private String tail() {
            String all = text();
            return all.substring(Math.max(0, all.length() - 1500));
        }

        private int count(String part) {
            String all = text();
            int n = 0;
            for (int at = all.indexOf(part); at >= 0; at = all.indexOf(part, at + 1)) {
                n++;
            }
            return n;
        }
    }

    @Test
    @Timeout(180)
    void ctrlCAbandonsTheRunningCommandAndTheSessionGoesOn(@TempDir Path home) throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "needs script(1) (util-linux) for a terminal");
        // A history that cannot be kept: one line at the start, never a stack trace.
        Path history = Files.createDirectory(home.resolve(".kzuz_history"));
        String java = ProcessHandle.current().info().command().orElseThrow();
        String command = "stty cols 120 rows 40; exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' dev.kzuz.Kzuz shell";
        ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString(), "-qfec", command, "/dev/null").redirectErrorStream(true);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("TERM", "xterm");
        pb.environment().put("KZUZ_LANG", "en"); // English whatever this machine's locale or config file says
        Process p = pb.start();
        try {
            Screen screen = new Screen(p.getInputStream());
            OutputStream keys = p.getOutputStream();
            screen.waitFor("kzuz> ", 1);
            // 'check -' waits for a draft typed at the terminal: it runs until told otherwise.
            type(keys, "check -\r");
            screen.waitFor("check -", 1);
            Thread.sleep(500);
            type(keys, "\u0003");
            screen.waitFor("(abandoned)", 1);
            // The next line is the prompt's, whole: the abandoned command takes none of it.
            type(keys, "institution cadb --format json\r");
            screen.waitFor("\"id\": \"cadb\"", 1);
            // Ctrl-C at the prompt abandons the line typed.
            type(keys, "treaties");
            screen.waitFor("kzuz> treaties", 1);
            type(keys, "\u0003");
            screen.waitFor("kzuz> ", 4); // the line given up, a prompt anew
            type(keys, "validate\r");
            screen.waitFor("ok: ", 1);
            type(keys, "exit\r");
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(screen.text()).isZero();
            String text = screen.text();
            assertThat(text).contains("kzuz: history is not kept: " + history + " is a folder");
            assertThat(text.indexOf("history is not kept")).isEqualTo(text.lastIndexOf("history is not kept"));
            assertThat(text).doesNotContain("Exception", "\tat ", "unknown command", "<stdin>", "allied-treaty");
        } finally {
            p.destroyForcibly();
        }
    }

    private static void type(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }
}
