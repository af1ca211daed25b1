package dev.kzuz.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kzuz.cli.App;
import dev.kzuz.cli.LangSetting;
import dev.kzuz.model.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell driven through a dumb terminal over byte streams: several commands, an error, exit;
 * Ctrl-C while a command runs; a history file that cannot be kept; 'set lang' and its completion.
 * (ShellTerminalTest drives it on a real terminal.)
 */
class ShellTest {
    /** What JLine logs (a history it fails to read or write, with a stack trace): nothing, the shell says it in one line. */
    private final List<LogRecord> jlineLog = new ArrayList<>();
    private final Handler jlineHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                jlineLog.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void watchJLine() {
        Logger.getLogger("org.jline").addHandler(jlineHandler);
    }

    @AfterEach
    void stopWatching() {
        Logger.getLogger("org.jline").removeHandler(jlineHandler);
    }

    private static Terminal terminal(InputStream keys, ByteArrayOutputStream screen) throws IOException {
        // A dumb terminal over byte streams (TerminalBuilder's stream pump would see end of input at once).
        Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB, keys, screen, StandardCharsets.UTF_8);
        t.setSize(new org.jline.terminal.Size(120, 40));
        return t;
    }

    private static String session(String input, Path home) throws Exception {
        return session(input, home, LangSetting.DEFAULT);
    }

    private static String session(String input, Path home, LangSetting language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = terminal(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)) {
            assertThat(new Shell(t, home, language).run()).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    @Timeout(60)
    void aSessionOfSeveralCommandsWithAnErrorThenExit(@TempDir Path home) throws Exception {
        String out = session("treaties --since 2022 --until 2022 --format csv\n"
                + "institution cadbx\n"
                + "kzuz institution csto --lang ru --format md\n"
                + "shell\n"
                + "exit\n"
                + "treaties\n", home);
        assertThat(out).contains("kzuz shell", "allied-treaty-2022", "demarcation-treaty-2022");
        assertThat(out).contains("kzuz: no institution 'cadbx' — did you mean 'cadb'");
        assertThat(out).contains("## Организация Договора о коллективной безопасности");
        assertThat(out).contains("kzuz: already in the shell");
        assertThat(out).doesNotContain("history is not kept");
        // After "exit" nothing more runs.
        assertThat(out.indexOf("allied-treaty-2022")).isEqualTo(out.lastIndexOf("allied-treaty-2022"));
        // The history is $HOME/.kzuz_history, the user's alone.
        Path history = home.resolve(".kzuz_history");
        assertThat(Files.readString(history)).contains("institution cadbx", "treaties --since 2022");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history))).isEqualTo("rw-------");
    }

    @Test
    @Timeout(60)
    void endOfInputEndsTheSession(@TempDir Path home) throws Exception {
        String out = session("validate\n", home);
        assertThat(out).contains("ok: ");
    }

    @Test
    @Timeout(60)
    void helpInsideTheShell(@TempDir Path home) throws Exception {
        assertThat(session("help timeline\n", home)).contains("Usage: kzuz timeline");
    }

    private static final String EN = "## Central Asian Bank for Cooperation and Development\n";
    private static final String KK = "## Орталық Азия ынтымақтастық және даму банкі\n";
    private static final String RU = "## Центральноазиатский банк сотрудничества и развития\n";

    /** The headings 'institution cadb' wrote in the session, in order: one per run, in the language it ran in. */
    private static List<String> headings(String screen) {
        List<String> found = new ArrayList<>();
        for (String heading : screen.split("(?=## )")) {
            for (String title : new String[] {EN, KK, RU}) {
                if (heading.startsWith(title)) {
                    found.add(title);
                }
            }
        }
        return found;
    }

    @Test
    @Timeout(60)
    void setLangChangesTheLanguageOfTheCommandsThatFollowAndSaysWhatChoseIt(@TempDir Path home) throws Exception {
        String out = session("set lang\n"
                + "institution cadb --format md\n"
                + "set lang kk\n"
                + "institution cadb --format md\n"
                + "institution cadb --format md --lang ru\n"
                + "set lang\n"
                + "set lang RU\n"
                + "kzuz institution cadb --format md\n"
                + "set lang en\n"
                + "institution cadb --format md\n", home).replace("\r\n", "\n"); // the echo of a typed line ends in \r\n
        assertThat(out).contains("set lang\nlang: en (default)\n", "set lang kk\nlang: kk (set in this session)\n", "set lang RU\nlang: ru (set in this session)\n");
        // Each command in the session's language at the time, unless its own --lang says otherwise.
        assertThat(headings(out)).containsExactly(EN, KK, RU, RU, EN);
        assertThat(count(out, "lang: kk (set in this session)")).isEqualTo(2);
    }

    @Test
    @Timeout(60)
    void theSessionStartsInTheLanguageItWasGivenAndSaysWhereItCameFrom(@TempDir Path home) throws Exception {
        String out = session("set lang\ninstitution cadb --format md\nset\n", home, new LangSetting(Lang.KK, "KZUZ_LANG")).replace("\r\n", "\n");
        assertThat(out).contains("set lang\nlang: kk (KZUZ_LANG)\n", "set\nlang: kk (KZUZ_LANG)\n");
        assertThat(count(out, "lang: kk (KZUZ_LANG)")).isEqualTo(2);
        assertThat(headings(out)).containsExactly(KK);
    }

    @Test
    @Timeout(60)
    void aWrongSetIsOneLineAndTheSessionGoesOn(@TempDir Path home) throws Exception {
        String out = session("set lang xx\n"
                + "set colour red\n"
                + "set lang kk ru\n"
                + "set lang \u001b[31muz\n"
                + "institution cadb --format md\n", home).replace("\r\n", "\n");
        assertThat(out).contains("set lang xx\nkzuz: set lang: 'xx' is not en, kk, ru or uz\n",
                "set colour red\nkzuz: set: no setting 'colour' (there is one: lang)\n",
                "set lang kk ru\nkzuz: set lang: one language at a time (as in 'set lang kk')\n",
                "\nkzuz: set lang: '[31muz' is not en, kk, ru or uz\n");
        // Nothing was set: the next command is in the language the session had.
        assertThat(headings(out)).containsExactly(EN);
    }

    @Test
    @Timeout(60)
    void helpListsSetLang(@TempDir Path home) throws Exception {
        String out = session("help\nhelp set\n", home);
        // The commands' usage, then the shell's own.
        assertThat(out).contains("Usage: kzuz");
        assertThat(out.indexOf("  set lang [LANG]  Show the language")).isGreaterThan(out.indexOf("Exit codes:"));
        assertThat(count(out, "  set lang [LANG]  Show the language commands answer in")).isEqualTo(2);
        assertThat(out).doesNotContain("Unknown");
    }

    @Test
    @Timeout(60)
    void helpIsInTheSessionsLanguage(@TempDir Path home) throws Exception {
        String out = session("set lang kk\nhelp\nhelp treaties\nset lang ru\nhelp set\n", home);
        assertThat(out).contains("Қолданылуы: kzuz [-hV] [COMMAND]", "Командалар:", "Қолданылуы: kzuz treaties",
                "Интерактивті сеанста:\n  set lang [LANG]  Командалар жауап беретін тілді",
                "В интерактивном сеансе:\n  set lang [LANG]  Показать язык").doesNotContain("Usage:", "In the shell:");
    }

    /** What TAB offers after {@code line}. */
    private static List<String> completions(String line) throws Exception {
        try (Terminal t = terminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())) {
            LineReader reader = LineReaderBuilder.builder().terminal(t).build();
            java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
            List<Candidate> candidates = new ArrayList<>();
            Shell.completer(App.session(() -> 100, LangSetting.DEFAULT), none)
                    .complete(reader, new DefaultParser().parse(line, line.length()), candidates);
            return candidates.stream().map(Candidate::value).map(String::strip).distinct().sorted().toList();
        }
    }

    @Test
    @Timeout(60)
    void tabCompletesSetLangAndItsLanguages() throws Exception {
        assertThat(completions("set lang ")).containsExactly("en", "kk", "ru", "uz");
        assertThat(completions("set ")).containsExactly("lang");
        assertThat(completions("se")).contains("set", "search");
        // The commands complete as before.
        assertThat(completions("institution cs")).contains("csto");
        assertThat(completions("treaties --lang ")).containsExactly("en", "kk", "ru", "uz");
    }

    @Test
    @Timeout(60)
    void withoutHomeTheSessionGoesOnWithoutAHistoryFile() throws Exception {
        String out = session("institution cadb --format json\n", null);
        assertThat(out).startsWith("kzuz: history is not kept: HOME is not set to an absolute path\n").contains("\"id\": \"cadb\"");
    }

    @Test
    @Timeout(60)
    void aHistoryThatIsAFolderCostsOneLineAndTheSessionGoesOn(@TempDir Path home) throws Exception {
        Path history = Files.createDirectory(home.resolve(".kzuz_history"));
        String out = session("institution cadb --format json\nvalidate\n", home);
        assertThat(out).startsWith("kzuz: history is not kept: " + history + " is a folder\n");
        assertThat(count(out, "history is not kept")).isOne();
        assertThat(out).contains("\"id\": \"cadb\"", "ok: ");
        assertThat(jlineLog).isEmpty();
    }

    @Test
    @Timeout(60)
    void aHistoryOfAnotherFormatIsLeftAsItIs(@TempDir Path home) throws Exception {
        Path history = Files.writeString(home.resolve(".kzuz_history"), "ls -l\ncd /tmp\n");
        String out = session("institution cadb --format json\nvalidate\n", home);
        assertThat(count(out, "kzuz: history is not kept: " + history + " is not a kzuz history")).isOne();
        assertThat(out).contains("\"id\": \"cadb\"", "ok: ");
        assertThat(Files.readString(history)).isEqualTo("ls -l\ncd /tmp\n");
        assertThat(jlineLog).isEmpty();
    }

    /** Makes {@code file} read-only: by its mode, and (as root, whom modes do not stop) with chattr +i, where it works. */
    private static void readOnly(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        if (Files.isWritable(file)) {
            Process p = new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assumeTrue(p.waitFor() == 0, "running as root, and chattr +i does not work on " + file);
        }
    }

    private static void writable(Path file) throws Exception {
        if (Files.exists(file)) {
            new ProcessBuilder("chattr", "-i", file.toString()).redirectErrorStream(true).start().waitFor();
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    @Timeout(60)
    void aReadOnlyHistoryCostsOneLineAndTheSessionGoesOn(@TempDir Path home) throws Exception {
        Path history = Files.writeString(home.resolve(".kzuz_history"), "1733212345678:validate\n");
        try {
            readOnly(history);
            String out = session("institution cadb --format json\nvalidate\ntreaties --since 2022\n", home);
            assertThat(out).startsWith("kzuz: history is not kept: " + history + " is not writable\n");
            assertThat(count(out, "history is not kept")).isOne();
            assertThat(out).contains("\"id\": \"cadb\"", "ok: ", "allied-treaty-2022");
            assertThat(jlineLog).isEmpty();
            assertThat(Files.readString(history)).isEqualTo("1733212345678:validate\n");
        } finally {
            writable(history);
        }
    }

    /** A shell on a thread of its own, typed into line by line. */
    private static final class Typing implements AutoCloseable {
        private final PipedOutputStream keys = new PipedOutputStream();
        private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        private final Terminal terminal;
        private final Thread session;

        Typing(Path home) throws IOException {
            terminal = terminal(new PipedInputStream(keys, 1 << 16), screen);
            session = new Thread(() -> new Shell(terminal, home).run(), "test session");
            session.start();
        }

        void type(String line) throws IOException {
            keys.write(line.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        String screen() {
            return screen.toString(StandardCharsets.UTF_8);
        }

        /** Waits until the screen shows {@code text} {@code times} times. */
        void waitFor(String text, int times) throws InterruptedException {
            long end = System.nanoTime() + 30_000_000_000L;
            while (count(screen(), text) < times) {
                assertThat(System.nanoTime()).as("waiting for %s on the screen:%n%s", text, screen()).isLessThan(end);
                Thread.sleep(20);
            }
        }

        void end() throws Exception {
            type("exit\n");
            session.join();
        }

        // An interrupt while waiting (a test's timeout) is kept for the test to see, not thrown from
        // close(), where try-with-resources would hide it.
        @Override
        public void close() throws IOException {
            keys.close();
            try {
                session.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            terminal.close();
        }
    }

    /** The thread a command of the shell runs on, once it has started. */
    private static Thread commandThread(String name) throws InterruptedException {
        while (true) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("kzuz command: " + name) && t.isAlive()) {
                    return t;
                }
            }
            Thread.sleep(20);
        }
    }

    @Test
    @Timeout(60)
    void ctrlCWhileACommandRunsAbandonsItAndTheSessionGoesOn(@TempDir Path home) throws Exception {
        try (Typing shell = new Typing(home)) {
            shell.waitFor("kzuz> ", 1);
            // 'check -' waits for a draft on standard input: a command that runs until told otherwise.
            shell.type("check -\n");
            Thread check = commandThread("check");
            shell.terminal.raise(Terminal.Signal.INT);
            shell.waitFor("^C (abandoned)\n", 1);
            shell.waitFor("kzuz> ", 2);
            // What is typed now is the prompt's, not the abandoned command's input.
            shell.type("institution cadb --format json\n");
            shell.waitFor("\"id\": \"cadb\"", 1);
            // The abandoned command ends (its input ended) and what it writes is never seen.
            check.join();
            shell.type("validate\n");
            shell.waitFor("ok: ", 1);
            shell.end();
            String screen = shell.screen();
            assertThat(screen).doesNotContain("<stdin>", "contradiction", "allied-treaty");
            assertThat(count(screen, "(abandoned)")).isOne();
            assertThat(Files.readString(home.resolve(".kzuz_history"))).contains("check -", "institution cadb --format json", "validate");
        }
        assertThat(jlineLog).isEmpty();
    }

    @Test
    @Timeout(60)
    void aHistoryThatFailsDuringTheSessionCostsOneLine(@TempDir Path home) throws Exception {
        Path history = home.resolve(".kzuz_history");
        try (Typing shell = new Typing(home)) {
            shell.type("validate\n");
            shell.waitFor("ok: ", 1);
            readOnly(history);
            shell.type("institution cadb --format json\n");
            shell.waitFor("\"id\": \"cadb\"", 1);
            shell.type("validate\n");
            shell.waitFor("ok: ", 2);
            shell.end();
            assertThat(count(shell.screen(), "kzuz: history is not kept: " + history + " could not be written")).isOne();
        } finally {
            writable(history);
        }
        assertThat(jlineLog).isEmpty();
    }
}
