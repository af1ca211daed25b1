package dev.kzuz.kb;

import dev.kzuz.model.RecordType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where records come from: the knowledge base bundled in the jar, or a user's folder (--kb). */
public interface KbSource {

    /** One file to read: the name shown in messages, the record type its folder gives, its bytes. */
    record KbFile(String name, RecordType type, byte[] bytes) {
    }

    /** A short name for messages. */
    String name();

    /** The files, in a stable order. Problems that stop a file being read go to {@code problems}. */
    List<KbFile> files(List<KbProblem> problems);

    static KbSource bundled() {
        return new Bundled();
    }

    static KbSource directory(Path dir) {
        return new Directory(dir);
    }

    /** The bundled set: a folder inside a jar can't be listed, so the build writes kb/index.txt. */
    final class Bundled implements KbSource {
        @Override
        public String name() {
            return "bundled knowledge base";
        }

        @Override
        public List<KbFile> files(List<KbProblem> problems) {
            String index = new String(resource("kb/index.txt"), StandardCharsets.UTF_8);
            List<KbFile> files = new ArrayList<>();
            for (String line : index.split("\n")) {
                String path = line.strip();
                if (path.isEmpty()) {
                    continue;
                }
                RecordType type = RecordType.ofFolder(path.substring(0, Math.max(0, path.indexOf('/'))));
                if (type == null) {
                    problems.add(new KbProblem(Location.of("kb/" + path), "not in a record-type folder"));
                    continue;
                }
                files.add(new KbFile("kb/" + path, type, resource("kb/" + path)));
            }
            return files;
        }

        private static byte[] resource(String path) {
            try (InputStream in = KbSource.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("the jar has no " + path + "; rebuild it");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every *.yaml below a folder; the nearest enclosing folder named like a type gives the type. */
    final class Directory implements KbSource {
        private final Path dir;

        Directory(Path dir) {
            this.dir = dir;
        }

        @Override
        public String name() {
            return dir.toString();
        }

        @Override
        public List<KbFile> files(List<KbProblem> problems) {
            List<Path> paths;
            // Linked folders are followed (a shared 'treaties' folder linked in), and a broken link
            // is reported rather than skipped: records must never go missing without a word.
            // The walk is bounded too: --kb / (or a link to it) would otherwise list the whole disk.
            List<Path> visited;
            try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                visited = walk.limit(MAX_ENTRIES + 1L).toList();
            } catch (IOException | UncheckedIOException e) {
                problems.add(new KbProblem(Location.of(dir.toString()), "cannot list the folder: " + why(e)));
                return List.of();
            }
            if (visited.size() > MAX_ENTRIES) {
                problems.add(new KbProblem(Location.of(dir.toString()), "holds more than " + MAX_ENTRIES
                        + " files and folders: give the folder of your records, not one above it"));
                return List.of();
            }
            paths = visited.stream().filter(p -> p.getFileName() != null && isYaml(p.getFileName().toString()) && !Files.isDirectory(p))
                    .sorted().toList();
            List<KbFile> files = new ArrayList<>();
            for (Path p : paths) {
                String name = p.toString();
                RecordType type = typeOf(p);
                if (type == null) {
                    problems.add(new KbProblem(Location.of(name),
                            "not under a folder named " + RecordType.folderNames("", " or ")));
                    continue;
                }
                try {
                    // A fifo would block and a device (a link to /dev/zero) never end: records are files.
                    if (Files.exists(p) && !Files.isRegularFile(p)) {
                        problems.add(new KbProblem(Location.of(name), "cannot be read: not a regular file (a fifo, device or socket)"));
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = Files.newInputStream(p)) {
                        bytes = in.readNBytes(YamlTreeReader.MAX_FILE_BYTES + 1);
                    }
                    if (bytes.length > YamlTreeReader.MAX_FILE_BYTES) {
                        problems.add(new KbProblem(Location.of(name), "file is larger than "
                                + YamlTreeReader.MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
                        continue;
                    }
                    files.add(new KbFile(name, type, bytes));
                } catch (java.nio.file.NoSuchFileException e) {
                    problems.add(new KbProblem(Location.of(name), Files.isSymbolicLink(p)
                            ? "cannot be read: it links to a file that does not exist" : "cannot be read: no such file"));
                } catch (java.nio.file.AccessDeniedException e) {
                    problems.add(new KbProblem(Location.of(name), "cannot be read: permission denied"));
                } catch (IOException e) {
                    problems.add(new KbProblem(Location.of(name), "cannot be read (" + e.getClass().getSimpleName() + ")"));
                }
            }
            return files;
        }

        private static final int MAX_DEPTH = 16;

        /** Far more than any set of record files; {@code --kb /} meets it at once. */
        static final int MAX_ENTRIES = 100_000;

        private static String why(Exception e) {
            Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (io instanceof java.nio.file.FileSystemLoopException) {
                return "a link loops back to a folder above it (" + io.getMessage() + ")";
            }
            if (io instanceof java.nio.file.AccessDeniedException) {
                return "permission denied (" + io.getMessage() + ")";
            }
            return io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
        }

        private static boolean isYaml(String name) {
            return name.endsWith(".yaml") || name.endsWith(".yml");
        }

        private RecordType typeOf(Path file) {
            Path root = dir.toAbsolutePath().normalize();
            for (Path p = file.toAbsolutePath().normalize().getParent(); p != null; p = p.getParent()) {
                RecordType t = p.getFileName() == null ? null : RecordType.ofFolder(p.getFileName().toString());
                if (t != null) {
                    return t;
                }
                if (p.equals(root)) {
                    return null;
                }
            }
            return null;
        }
    }
}
