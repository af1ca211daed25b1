package dev.kzuz.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole or not at all: what a failed, a concurrent or an odd write leaves behind. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private static final byte[] ORIGINAL = "# Essay\n\nMy own text, which must survive.\n".getBytes(StandardCharsets.UTF_8);

    /** Everything in the folder, dot files (temporary files) included. */
    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes part of a new version, then fails as a full disk would. */
    private static final AtomicFile.Content FAILS_MIDWAY = out -> {
        out.write(new byte[200_000]);
        out.flush();
        throw new IOException("No space left on device");
    };

    @Test
    void aWriteThatFailsMidwayLeavesTheOriginalByteForByteAndNoTemporaryFile() throws IOException {
        Path file = Files.write(dir.resolve("essay.md"), ORIGINAL);
        assertThatThrownBy(() -> AtomicFile.replace(file, FAILS_MIDWAY)).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThatThrownBy(() -> AtomicFile.replace(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("a bug in the writer");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(ORIGINAL);
        assertThat(names()).containsExactly("essay.md");
    }

    @Test
    void aFailedWriteUnderTheLockLeavesTheOriginalAndAFailedFirstWriteLeavesNoFile() throws IOException {
        Path file = Files.write(dir.resolve("essay.md"), ORIGINAL);
        try (AtomicFile.Locked draft = AtomicFile.lock(file)) {
            assertThat(draft.read(1000)).isEqualTo(ORIGINAL);
            assertThatThrownBy(() -> draft.replace(FAILS_MIDWAY)).isInstanceOf(IOException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(ORIGINAL);
        Path missing = dir.resolve("new.md");
        assertThatThrownBy(() -> AtomicFile.replace(missing, FAILS_MIDWAY)).isInstanceOf(IOException.class);
        try (AtomicFile.Locked draft = AtomicFile.lock(missing)) {
            assertThat(draft.read(1000)).isEmpty();
            assertThatThrownBy(() -> draft.replace(FAILS_MIDWAY)).isInstanceOf(IOException.class);
        }
        assertThat(names()).as("the empty file the lock created is gone with it").containsExactly("essay.md");
    }

    @Test
    void replacesTheWholeFileKeepingItsPermissionsAndNothingElseInTheFolder() throws IOException {
        Path file = Files.write(dir.resolve("chart.svg"), ORIGINAL);
        Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, groupReadable);
        AtomicFile.replace(file, out -> out.write("<svg/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("<svg/>");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(groupReadable);
        assertThat(names()).containsExactly("chart.svg");
    }

    @Test
    void theNewVersionIsPrivateUntilCompleteAndANewFileGetsTheUsualPermissions() throws IOException {
        Path file = Files.write(dir.resolve("essay.md"), ORIGINAL);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        List<Set<PosixFilePermission>> whileWriting = new ArrayList<>();
        AtomicFile.replace(file, out -> {
            for (String name : names()) {
                if (name.startsWith(".essay.md.") && name.endsWith(".tmp")) {
                    whileWriting.add(Files.getPosixFilePermissions(dir.resolve(name)));
                }
            }
            out.write(ORIGINAL);
        });
        assertThat(whileWriting).containsExactly(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));

        Path usual = Files.createFile(dir.resolve("usual"));
        Path created = dir.resolve("created.svg");
        AtomicFile.replace(created, out -> out.write(ORIGINAL));
        assertThat(Files.getPosixFilePermissions(created)).as("as the umask has it").isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    void throughASymbolicLinkTheFileItPointsAtIsReplacedAndTheLinkStays() throws IOException {
        Path real = Files.write(Files.createDirectories(dir.resolve("drafts")).resolve("essay.md"), ORIGINAL);
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("drafts/essay.md"));
        Path chain = Files.createSymbolicLink(dir.resolve("chain.md"), Path.of("link.md"));
        AtomicFile.replace(chain, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(link).isSymbolicLink();
        assertThat(chain).isSymbolicLink();
        assertThat(Files.readString(real)).isEqualTo("new");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.md"), Path.of("drafts/later.md"));
        try (AtomicFile.Locked draft = AtomicFile.lock(dangling)) {
            assertThat(draft.file()).isEqualTo(dir.resolve("drafts/later.md"));
            draft.replace(out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(dangling).isSymbolicLink();
        assertThat(Files.readString(dir.resolve("drafts/later.md"))).isEqualTo("first");
        Path loop = Files.createSymbolicLink(dir.resolve("loop.md"), Path.of("loop.md"));
        assertThatThrownBy(() -> AtomicFile.replace(loop, out -> out.write(1))).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("too many levels of symbolic links");
    }

    @Test
    void foldersAndPipesAreRefusedAndAFileOverTheLimitIsNotRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.md"));
        assertThat(AtomicFile.obstacle(folder)).isEqualTo("is a folder, not a file");
        assertThatThrownBy(() -> AtomicFile.lock(folder)).isInstanceOf(FileSystemException.class).hasMessageContaining("is a folder");
        assertThat(AtomicFile.obstacle(Path.of("/dev/full"))).isEqualTo("is not a regular file (a device, a pipe or a socket)");
        assertThatThrownBy(() -> AtomicFile.replace(Path.of("/dev/full"), out -> out.write(1))).isInstanceOf(FileSystemException.class);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
        Path fifo = dir.resolve("fifo.md");
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> AtomicFile.lock(fifo)).isInstanceOf(FileSystemException.class).hasMessageContaining("not a regular file");
        assertThat(AtomicFile.obstacle(dir.resolve("missing.md"))).isNull();

        Path file = Files.write(dir.resolve("essay.md"), ORIGINAL);
        try (AtomicFile.Locked draft = AtomicFile.lock(file)) {
            assertThat(draft.read(ORIGINAL.length - 1)).isNull();
            assertThat(draft.read(ORIGINAL.length)).isEqualTo(ORIGINAL);
        }
    }

    @Test
    void aWriteProtectedFileIsNotReplaced() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write any file");
        Path file = Files.write(dir.resolve("essay.md"), ORIGINAL);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> AtomicFile.replace(file, out -> out.write(1))).isInstanceOf(java.nio.file.AccessDeniedException.class);
        assertThatThrownBy(() -> AtomicFile.lock(file)).isInstanceOf(java.nio.file.AccessDeniedException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(ORIGINAL);
    }

    @Test
    void threadsThatAppendUnderTheLockTakeTurnsAndLoseNothing() throws Exception {
        Path file = Files.write(dir.resolve("log.md"), new byte[0]);
        int threads = 4;
        int rounds = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String line = "thread " + t + "\n";
                done.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        try (AtomicFile.Locked log = AtomicFile.lock(file)) {
                            byte[] before = log.read(1 << 20);
                            log.replace(out -> {
                                out.write(before);
                                out.write(line.getBytes(StandardCharsets.UTF_8));
                            });
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(threads * rounds);
        for (int t = 0; t < threads; t++) {
            String line = "thread " + t;
            assertThat(lines.stream().filter(line::equals).count()).as(line).isEqualTo(rounds);
        }
        assertThat(names()).containsExactly("log.md");
    }
}
