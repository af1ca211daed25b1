package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How check turns a file name into a path when the locale's charset cannot spell it (as under
 * LC_ALL=C, where the launcher hands Java each byte it cannot read as U+FFFD).
 */
class DraftInputTest {
    private static final Charset C_LOCALE = StandardCharsets.US_ASCII;
    private static final String NAME = "эссе.md";
    /** NAME as the launcher reads it under the C locale: one U+FFFD a byte. */
    private static final String MANGLED = new String(NAME.getBytes(StandardCharsets.UTF_8), C_LOCALE);

    @TempDir
    Path dir;

    private static DraftInput.CommandLine commandLine(String... args) {
        return () -> {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (String a : args) {
                b.writeBytes(a.getBytes(StandardCharsets.UTF_8));
                b.write(0);
            }
            return b.toByteArray();
        };
    }

    @Test
    void aNameTheLocaleSpellsIsThePathItSays() {
        DraftInput.Named n = DraftInput.resolve("essay.md", C_LOCALE, commandLine());
        assertThat(n.name()).isEqualTo("essay.md");
        assertThat(n.path()).isEqualTo(Path.of("essay.md"));
    }

    @Test
    void aMangledArgumentOpensTheFileItsOwnBytesName() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/cwd")), "needs /proc");
        Path file = Files.writeString(dir.resolve(NAME), "text");
        String absolute = new String(file.toString().getBytes(StandardCharsets.UTF_8), C_LOCALE);
        DraftInput.Named n = DraftInput.resolve(absolute, C_LOCALE, commandLine("java", "-cp", "x.jar", "dev.kzuz.Kzuz", "check",
                file.toString()));
        assertThat(n.name()).isEqualTo(file.toString());
        assertThat(Files.readString(n.path())).isEqualTo("text");
    }

    @Test
    void aRelativeNameIsFoundFromTheWorkingFolder() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/cwd")), "needs /proc");
        Path file = Files.writeString(dir.resolve(NAME), "text");
        String relative = Path.of("").toAbsolutePath().relativize(file).toString();
        String mangled = new String(relative.getBytes(StandardCharsets.UTF_8), C_LOCALE);
        DraftInput.Named n = DraftInput.resolve(mangled, C_LOCALE, commandLine("check", relative));
        assertThat(n.name()).isEqualTo(relative);
        assertThat(Files.readString(n.path())).isEqualTo("text");
    }

    @Test
    void aWholeNameTheLocaleCannotSpellIsTakenAsUtf8() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/cwd")), "needs /proc");
        // Typed into the shell, the name arrives whole: its UTF-8 bytes are the file's.
        Path file = Files.writeString(dir.resolve(NAME), "text");
        DraftInput.Named n = DraftInput.resolve(file.toString(), C_LOCALE, () -> {
            throw new IOException("not asked");
        });
        assertThat(Files.readString(n.path())).isEqualTo("text");
    }

    @Test
    void twoArgumentsThatReadAlikeAreNoGuessToOpenAFileOn() {
        // "ессе.md" is as many Cyrillic letters as "эссе.md": both read as the same U+FFFDs.
        for (DraftInput.CommandLine cl : List.of(commandLine("check", NAME, "--kb", "ессе.md"), commandLine("check"),
                (DraftInput.CommandLine) () -> {
                    throw new IOException("no /proc");
                })) {
            assertThatThrownBy(() -> DraftInput.resolve(MANGLED, C_LOCALE, cl)).isInstanceOf(KzuzException.class)
                    .hasMessage("cannot open '" + MANGLED + "' under this locale (US-ASCII); set LANG to a UTF-8 locale, such as LANG=C.UTF-8")
                    .extracting(e -> ((KzuzException) e).exitCode()).isEqualTo(ExitCode.USAGE);
        }
    }

    @Test
    void theSameArgumentTwiceIsStillOneName() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/cwd")), "needs /proc");
        Path file = Files.writeString(dir.resolve(NAME), "text");
        String mangled = new String(file.toString().getBytes(StandardCharsets.UTF_8), C_LOCALE);
        DraftInput.Named n = DraftInput.resolve(mangled, C_LOCALE, commandLine("check", file.toString(), file.toString()));
        assertThat(Files.readString(n.path())).isEqualTo("text");
    }
}
