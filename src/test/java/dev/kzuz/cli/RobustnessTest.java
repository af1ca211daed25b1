package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad input: each case gets one clear line on stderr (naming file and line where
 * there is one), its documented exit code, no stack trace, and an answer within the time limit.
 */
class RobustnessTest {
    @TempDir
    static Path dir;

    private static final String RECORD = "  title: {en: A treaty}\n  kind: treaty\n  date: '1998'\n  parties: [KZ, UZ]\n"
            + "  verdict: unconfirmed\n  sources: [essay-kk]\n";

    /** A case: what it sets up (returning the arguments), the exit code, what stderr says, the time limit. */
    record Case(String name, Function<Path, String[]> setup, int exit, String says, long maxMillis) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case usage(String name, String says, String... args) {
        return new Case(name, d -> args, 2, says, 2000);
    }

    private static Path overlay(Path d, String name, String file, byte[] content) {
        try {
            Path kb = Files.createDirectories(d.resolve(name).resolve("treaties"));
            Files.write(kb.resolve(file), content);
            return kb.getParent();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Case badKb(String name, String says, String yaml) {
        return new Case(name, d -> new String[] {"treaties", "--kb", overlay(d, name, "x.yaml", yaml.getBytes(StandardCharsets.UTF_8)).toString()},
                4, says, 2000);
    }

    static Stream<Case> corpus() {
        List<Case> c = new ArrayList<>();
        c.add(usage("unknown command", "unknown command 'treatis' — did you mean 'treaties'?", "treatis"));
        c.add(usage("unknown option", "unknown option '--sinse'", "treaties", "--sinse", "1994"));
        c.add(usage("malformed year", "'abc' is not a year", "treaties", "--since", "abc"));
        c.add(usage("year out of range", "'99999' is not a year", "treaties", "--since", "99999"));
        c.add(usage("impossible date", "'1998-02-30' is not a date that exists", "treaties", "--since", "1998-02-30"));
        c.add(usage("contradictory range", "--until 1990 is before --since 2000", "treaties", "--since", "2000", "--until", "1990"));
        c.add(usage("not a country code", "'XX' is not an ISO 3166-1", "treaties", "--party", "XX"));
        c.add(usage("unknown format", "'docx' is not a format", "treaties", "--format", "docx"));
        c.add(usage("unknown language", "'fr' is not a language", "institution", "cadb", "--lang", "fr"));
        c.add(usage("negative limit", "--limit must be between 1 and 1000", "search", "tashkent", "--limit", "-5"));
        c.add(usage("limit not a number", "'ten' is not a whole number", "search", "tashkent", "--limit", "ten"));
        c.add(usage("unknown kind", "'pact' is not one of", "treaties", "--kind", "pact"));
        c.add(usage("unknown style", "'mla' is not a citation style", "cite", "cadb", "--style", "mla"));
        c.add(usage("unknown reporter", "'ru' is not kz, uz or all", "trade", "--reporter", "ru"));
        c.add(usage("unknown timeline type", "'trade' is not a type", "timeline", "--type", "trade"));
        c.add(usage("unknown bibliography format", "'docx' is not a bibliography format", "sources", "--format", "docx"));
        c.add(usage("missing id", "Missing required parameter", "treaty"));
        c.add(usage("empty id", "the id is empty", "treaty", " "));
        c.add(new Case("unknown id", d -> new String[] {"treaty", "nope-1999"}, 3, "no treaty 'nope-1999'", 2000));
        c.add(new Case("id of another type", d -> new String[] {"event", "cadb"}, 3, "'cadb' is an institution, not an event", 2000));
        c.add(new Case("escape sequence in an id", d -> new String[] {"treaty", "\u001b[31mred\u0007"}, 3, "no treaty '[31mred'", 2000));
        c.add(usage("100 kB argument", "characters is too long (at most 10000)", "search", "x".repeat(100_000)));
        c.add(usage("100 kB id", "characters is too long", "treaty", "a".repeat(100_000)));
        c.add(new Case("--kb missing folder", d -> new String[] {"treaties", "--kb", d.resolve("missing").toString()}, 2, "--kb: no such folder", 2000));
        c.add(new Case("--kb a plain file", d -> {
            try {
                return new String[] {"treaties", "--kb", Files.writeString(d.resolve("plain.yaml"), "x: 1\n").toString()};
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, 2, "--kb: not a folder", 2000));
        c.add(new Case("non-UTF-8 YAML", d -> new String[] {"treaties", "--kb",
            overlay(d, "latin1", "x.yaml", ("- id: t-one\n  title: {en: Caf\u00e9}\n").getBytes(StandardCharsets.ISO_8859_1)).toString()},
            4, "x.yaml: not UTF-8 text", 2000));
        c.add(badKb("syntax error", "x.yaml:3:7: YAML syntax: while parsing a flow mapping", "- id: t-one\n  title: {en: A, kk\n  kind: treaty\n"));
        c.add(badKb("wrong type", "x.yaml:5:12: 'parties' must be a list", "- id: t-one\n  title: {en: A}\n  kind: treaty\n  date: '1998'\n  parties: KZ\n  verdict: unconfirmed\n  sources: [essay-kk]\n"));
        c.add(badKb("duplicate id within an overlay", "duplicate id 't-one'", "- id: t-one\n" + RECORD + "- id: t-one\n" + RECORD));
        c.add(badKb("dangling reference", "sources names 'nope'", "- id: t-one\n" + RECORD.replace("[essay-kk]", "[nope]")));
        c.add(badKb("alias bomb", "x.yaml:2:10: YAML aliases (*a) are not allowed",
                "- a: &a [x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"));
        c.add(badKb("5,000-deep nesting", "x.yaml: YAML syntax: nested deeper than 64 levels", "- " + "[".repeat(5000) + "]".repeat(5000) + "\n"));
        c.add(badKb("200,000-character text", "a text of 200000 characters; the limit is 100000",
                "- id: t-one\n  title: {en: \"" + "x".repeat(200_000) + "\"}\n"));
        c.add(badKb("control characters in YAML", "x.yaml", "- id: t-one\n  title: {en: \"a\u0001b\"}\n"));
        c.add(new Case("60 MB file", d -> {
            Path kb = overlay(d, "huge", "x.yaml", new byte[0]);
            try (RandomAccessFile f = new RandomAccessFile(kb.resolve("treaties/x.yaml").toFile(), "rw")) {
                f.setLength(60L * 1024 * 1024);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new String[] {"treaties", "--kb", kb.toString()};
        }, 4, "x.yaml: file is larger than 8 MiB", 10_000));
        c.add(new Case("unreadable file", d -> {
            Path kb = overlay(d, "unreadable", "x.yaml", ("- id: t-one\n" + RECORD).getBytes(StandardCharsets.UTF_8));
            try {
                Files.setPosixFilePermissions(kb.resolve("treaties/x.yaml"), PosixFilePermissions.fromString("---------"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new String[] {"treaties", "--kb", kb.toString()};
        }, 4, "x.yaml: cannot be read", 2000));
        c.add(new Case("a link to a missing file", d -> {
            Path kb = overlay(d, "broken-link", "x.yaml", new byte[0]);
            try {
                Files.delete(kb.resolve("treaties/x.yaml"));
                Files.createSymbolicLink(kb.resolve("treaties/x.yaml"), d.resolve("nowhere.yaml"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new String[] {"treaties", "--kb", kb.toString()};
        }, 4, "x.yaml: cannot be read: it links to a file that does not exist", 2000));
        c.add(new Case("check a binary file", d -> {
            try {
                return new String[] {"check", Files.write(d.resolve("x.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1}).toString()};
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, 2, "looks like a binary file", 2000));
        c.add(new Case("--kb the filesystem root", d -> new String[] {"treaties", "--kb", "/"}, 4, "/: ", 20_000));
        c.add(new Case("--kb with a fifo for a file", d -> {
            Path kb = overlay(d, "fifo", "keep.txt", new byte[0]);
            try {
                Process p = new ProcessBuilder("mkfifo", kb.resolve("treaties/x.yaml").toString()).start();
                p.waitFor();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new String[] {"treaties", "--kb", kb.toString()};
        }, 4, "x.yaml: cannot be read: not a regular file", 2000));
        c.add(new Case("--kb with a link to /dev/zero", d -> {
            Path kb = overlay(d, "zero", "keep.txt", new byte[0]);
            try {
                Files.createSymbolicLink(kb.resolve("treaties/x.yaml"), Path.of("/dev/zero"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new String[] {"treaties", "--kb", kb.toString()};
        }, 4, "x.yaml: cannot be read: not a regular file", 2000));
        return c.stream();
    }

    /** A terminal that claims two billion columns ($COLUMNS=2147483647) gets a chart at most 1,000 wide. */
    @org.junit.jupiter.api.Test
    void anAbsurdTerminalWidthIsCapped() {
        CliResult r = CliResult.run(new App(new Terminal(true, () -> Integer.MAX_VALUE)), "trade", "--chart");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().mapToInt(String::length).max().orElse(0)).isBetween(40, 1000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersWithOneClearLineAndItsExitCode(Case c) {
        if (c.name().equals("unreadable file")) {
            assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file: skipping the unreadable-file case");
        }
        String[] args = c.setup().apply(dir);
        long t0 = System.nanoTime();
        CliResult r = CliResult.run(args);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exitCode()).as(c.name() + ": " + r.err()).isEqualTo(c.exit());
        assertThat(r.err()).as(c.name()).startsWith("kzuz: ").contains(c.says())
                .doesNotContain("\tat ", "Exception", "\u001b", "\u0007");
        assertThat(r.err().strip().lines().count()).as(c.name() + ": one line on stderr:\n" + r.err()).isEqualTo(1);
        assertThat(ms).as(c.name() + " answers in time").isLessThan(c.maxMillis());
        if (Boolean.getBoolean("corpus.report")) {
            System.out.println("CORPUS | " + c.name() + " | " + r.exitCode() + " | " + r.err().strip().replace(dir.toString(), "DIR"));
        }
    }

    /**
     * A well-formed overlay whose record carries terminal escapes (ANSI colour, OSC title, BEL),
     * a right-to-left override and a spreadsheet formula, written with CRLF line ends: it loads,
     * replaces the bundled record with a notice, and no format lets the escapes out raw.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"table", "md", "csv", "json"})
    void hostileTitlesNeverReachTheOutputRaw(String format) throws IOException {
        Path kb = Files.createDirectories(dir.resolve("hostile-" + format));
        Files.createDirectories(kb.resolve("institutions"));
        Files.createDirectories(kb.resolve("treaties"));
        Files.writeString(kb.resolve("institutions/x.yaml"), ("- id: cadb\n"
                + "  title: {en: \"\\e]0;owned\\a\\e[31mRed\\e[0m Bank \\u202Eknab\"}\n"
                + "  kind: bank\n  verdict: unconfirmed\n  sources: [essay-kk]\n").replace("\n", "\r\n"));
        Files.writeString(kb.resolve("treaties/t.yaml"), ("- id: t-formula\n"
                + RECORD.replace("A treaty", "'=HYPERLINK(\"http://x\")'")).replace("\n", "\r\n"));
        String out = "";
        for (String[] args : List.of(new String[] {"institution", "cadb"}, new String[] {"institutions"},
                new String[] {"treaties", "--since", "1998", "--until", "1998"})) {
            List<String> a = new ArrayList<>(List.of(args));
            a.addAll(List.of("--kb", kb.toString(), "--format", format));
            CliResult r = CliResult.run(a.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isZero();
            if (args[0].equals("institution")) {
                assertThat(r.err()).contains("'cadb' replaces");
            }
            out += r.out();
        }
        assertThat(out).contains("Red", "Bank").doesNotContain("\u001b", "\u0007", "\u009b", "\u202e");
        if (format.equals("csv")) {
            assertThat(out).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK", "\"=HYPERLINK");
        }
    }
}
