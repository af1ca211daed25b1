package dev.kzuz.cli;

import dev.kzuz.model.Catalogue;
import dev.kzuz.query.TradeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * What bin/kzuz keeps for this user: for each clone or unpacked release, its installed jar and
 * class-data archives (the launcher names the cache folder in {@code kzuz.cache}). --clean removes
 * all of it but the install this command runs from; the launcher makes the rest again on demand.
 */
final class CacheCommand extends BaseCommand {
    private final Arg<Boolean> clean = new Arg<>(false);

    CacheCommand() {
        super("cache");
        spec.addOption(Model.flag("--clean", clean).build());
    }

    /** One clone's or release's folder in the cache: whose it is, and whether that copy is still there. */
    private record Kept(Path folder, String owner, boolean gone, long bytes) {
    }

    @Override
    protected ExitCode run() {
        Catalogue w = Catalogue.of(options.lang());
        String top = System.getProperty("kzuz.cache", "");
        if (top.isEmpty() || !Files.isDirectory(Path.of(top))) {
            out().println(w.get("cache.none"));
            return ExitCode.OK;
        }
        String running = System.getProperty("kzuz.running", "");
        Path install = running.isEmpty() ? null : Path.of(running).getParent();
        try {
            List<Kept> kept = kept(Path.of(top));
            if (!clean.value()) {
                long total = 0;
                for (Kept k : kept) {
                    String state = install != null && install.startsWith(k.folder()) ? w.get("cache.this")
                            : k.gone() ? w.get("cache.gone") : "";
                    out().println(w.fill("cache.line", "size", size(k.bytes()), "owner", k.owner(), "state", state));
                    total += k.bytes();
                }
                out().println(w.fill("cache.total", "size", size(total), "folder", top));
                return ExitCode.OK;
            }
            long removed = 0;
            long left = 0;
            for (Kept k : kept) {
                if (install != null && install.startsWith(k.folder())) {
                    // The install this command runs from stays, with the files that name it.
                    try (var entries = Files.list(k.folder())) {
                        for (Path e : entries.toList()) {
                            if (!e.equals(install) && Files.isDirectory(e)) {
                                removed += delete(e);
                            }
                        }
                    }
                    left += bytes(k.folder());
                } else {
                    removed += delete(k.folder());
                }
            }
            out().println(w.fill("cache.cleaned", "removed", size(removed), "kept", size(left)));
            return ExitCode.OK;
        } catch (IOException | UncheckedIOException e) {
            throw new KzuzException(ExitCode.USAGE, "cache: cannot read or clean " + dev.kzuz.render.Text.oneLine(top) + ": "
                    + dev.kzuz.render.Text.oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** The folders that hold a 'root' file (the path of the copy they serve), not looking inside them. */
    private static List<Kept> kept(Path top) throws IOException {
        List<Kept> out = new ArrayList<>();
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path root = dir.resolve("root");
                if (!Files.isRegularFile(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String owner = Files.readString(root).strip();
                out.add(new Kept(dir, owner, !Files.isRegularFile(Path.of(owner, "bin", "kzuz")), bytes(dir)));
                return FileVisitResult.SKIP_SUBTREE;
            }
        });
        return out;
    }

    private static long bytes(Path dir) throws IOException {
        long[] sum = {0};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                sum[0] += attrs.size();
                return FileVisitResult.CONTINUE;
            }
        });
        return sum[0];
    }

    /** Removes the folder and all in it; returns the bytes it held. */
    private static long delete(Path dir) throws IOException {
        long freed = bytes(dir);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
        return freed;
    }

    private String size(long bytes) {
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_048_576), 1, RoundingMode.HALF_UP);
        return Catalogue.of(options.lang()).fill("cache.size", "n", TradeText.number(mb, options.lang()));
    }
}
