package dev.kzuz.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The draft check reads: a file (a regular one, or a fifo, a device, a {@code <(…)}) or
 * standard input, as UTF-8 text, and never more than {@link #MAX_BYTES} of any of them: more
 * is an error, not a draft cut short.
 */
final class DraftInput {
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String STDIN = "<stdin>";

    /** What was read: the draft's name as given ({@value #STDIN} for -; print it through Text.oneLine) and its text. */
    record Read(String name, String text) {
    }

    /** A file name and the path it opens. */
    record Named(String name, Path path) {
    }

    private DraftInput() {
    }

    /** The draft named {@code file}, or standard input ({@code stdin}) for -. */
    static Read read(String file, InputStream stdin) {
        if (file.equals("-")) {
            return new Read(STDIN, decode(STDIN, fromStdin(stdin)));
        }
        Named named = resolve(file, jnuCharset(), DraftInput::commandLine);
        return new Read(named.name(), decode(named.name(), fromFile(named)));
    }

    private static byte[] fromStdin(InputStream stdin) {
        if (stdin == System.in && stdinTakenByTheJvm()) {
            throw new KzuzException(ExitCode.USAGE, "standard input is closed; give the draft as a file, or pipe it in: kzuz check - < draft.md");
        }
        try {
            return bounded(stdin, STDIN);
        } catch (IOException e) {
            throw new KzuzException(ExitCode.USAGE, "standard input is closed or cannot be read (" + e.getMessage() + ")");
        }
    }

    private static byte[] fromFile(Named named) {
        String name = named.name();
        Path p = named.path();
        try {
            if (!Files.exists(p)) {
                throw new KzuzException(ExitCode.USAGE, "no such file: " + name);
            }
            if (Files.isDirectory(p)) {
                throw new KzuzException(ExitCode.USAGE, name + " is a folder, not a draft");
            }
            if (Files.isRegularFile(p) && Files.size(p) > MAX_BYTES) {
                throw tooLarge(name); // without reading it
            }
            // Fifos, devices and <(…) have no size to ask: they are read up to the limit too.
            try (InputStream in = Files.newInputStream(p)) {
                return bounded(in, name);
            }
        } catch (IOException e) {
            throw new KzuzException(ExitCode.USAGE, "cannot read " + name + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** All of the stream, or the limit error as soon as it holds more than the limit. */
    static byte[] bounded(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name);
        }
        return bytes;
    }

    private static KzuzException tooLarge(String name) {
        return new KzuzException(ExitCode.USAGE, name + " is larger than 10 MiB; check a draft, not a library");
    }

    /** UTF-8 text, without a byte order mark, with \n line ends. */
    static String decode(String name, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new KzuzException(ExitCode.USAGE, name + " looks like a binary file, not a text draft");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw new KzuzException(ExitCode.USAGE, name + " is not UTF-8 text; save it as UTF-8 and check again");
        }
    }

    // ---- a name the locale cannot spell -------------------------------------------------

    /** Gives the bytes of the process's command line (Linux: /proc/self/cmdline), or fails. */
    interface CommandLine {
        byte[] bytes() throws IOException;
    }

    /**
     * The path a file name opens. Java turns names into bytes with the locale's charset
     * (sun.jnu.encoding): under LC_ALL=C it can spell no Cyrillic name, and an argument
     * arrives with each byte it could not read replaced by U+FFFD. Where /proc is there, such
     * a name still opens: a name that is whole is taken as UTF-8, a mangled argument's own bytes
     * are found on the command line, and a path is made of the bytes through a file: URI,
     * which bypasses the charset. Elsewhere, one line says what to do.
     */
    static Named resolve(String file, Charset jnu, CommandLine commandLine) {
        if (jnu.newEncoder().canEncode(file)) {
            try {
                return new Named(file, Path.of(file));
            } catch (InvalidPathException e) {
                throw new KzuzException(ExitCode.USAGE, "no such file: " + file + " (" + e.getReason() + ")");
            }
        }
        byte[] bytes = file.indexOf('\uFFFD') < 0 ? file.getBytes(StandardCharsets.UTF_8) : argumentBytes(file, jnu, commandLine);
        if (bytes == null || !Files.isDirectory(Path.of("/proc/self/cwd"))) {
            throw new KzuzException(ExitCode.USAGE, "cannot open '" + file + "' under this locale (" + jnu.name()
                    + "); set LANG to a UTF-8 locale, such as LANG=C.UTF-8");
        }
        return new Named(new String(bytes, StandardCharsets.UTF_8), pathOf(bytes));
    }

    /** The bytes of the one command-line argument the launcher read as {@code mangled}; null if none or several differ. */
    private static byte[] argumentBytes(String mangled, Charset jnu, CommandLine commandLine) {
        byte[] all;
        try {
            all = commandLine.bytes();
        } catch (IOException e) {
            return null;
        }
        byte[] found = null;
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == 0) {
                byte[] arg = Arrays.copyOfRange(all, start, i);
                if (new String(arg, jnu).equals(mangled)) {
                    if (found != null && !Arrays.equals(found, arg)) {
                        return null; // two names that read alike: not a guess to open a file on
                    }
                    found = arg;
                }
                start = i + 1;
            }
        }
        return found;
    }

    /** A path of these bytes as they stand, relative ones in the working folder. */
    private static Path pathOf(byte[] name) {
        StringBuilder uri = new StringBuilder("file://");
        if (name.length == 0 || name[0] != '/') {
            uri.append("/proc/self/cwd/");
        }
        for (byte b : name) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '.' || c == '-' || c == '_') {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return Path.of(URI.create(uri.toString()));
    }

    private static Charset jnuCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding"));
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    private static byte[] commandLine() throws IOException {
        return Files.readAllBytes(Path.of("/proc/self/cmdline"));
    }

    // ---- standard input closed ---------------------------------------------------------

    /**
     * Whether standard input was closed when kzuz started ({@code kzuz check - <&-}): the JVM's
     * first open file then took descriptor 0 (on Linux, its module image), and reading it would
     * report a binary file. A file the JVM mapped into memory is no draft anyone gave it.
     */
    private static boolean stdinTakenByTheJvm() {
        try {
            Path fd0 = Path.of("/proc/self/fd/0");
            if (!Files.isSymbolicLink(fd0)) {
                return false; // no /proc: nothing to tell by
            }
            String target = Files.readSymbolicLink(fd0).toString();
            if (!target.startsWith("/")) {
                return false; // a pipe, a socket
            }
            try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
                return maps.anyMatch(line -> line.endsWith(" " + target));
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
