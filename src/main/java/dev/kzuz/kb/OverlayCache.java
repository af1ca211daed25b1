package dev.kzuz.kb;

import dev.kzuz.model.KbRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers large overlay files already read and mapped, in the compiled form of the bundled
 * knowledge base, so the next run over the same files skips YAML. Entries are keyed by checksums
 * of the file's name, type and bytes and of the kzuz build, so an edited file or a new kzuz
 * never sees a stale entry. Only files that mapped without problems are kept, and the whole
 * knowledge base is still validated on every run. A missing, unwritable or damaged cache is
 * never an error: the file is read as YAML.
 */
final class OverlayCache {
    /** Smaller files parse in a few milliseconds; caching them would only clutter the folder. */
    static final int MIN_BYTES = 64 * 1024;

    /** Every edit of a cached file leaves its old entry behind; beyond this many, the least recently used go. */
    static final int MAX_ENTRIES = 256;

    private final Path dir;
    private final String build;

    private OverlayCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /**
     * The cache in {@code kzuz.cache} (system property), {@code $KZUZ_CACHE_DIR},
     * {@code $XDG_CACHE_HOME/kzuz} or {@code ~/.cache/kzuz}, under {@code overlays/}; none when
     * {@code KZUZ_CACHE=0}.
     */
    static OverlayCache standard() {
        if ("0".equals(System.getenv("KZUZ_CACHE"))) {
            return null;
        }
        String base = System.getProperty("kzuz.cache");
        if (base == null) {
            base = System.getenv("KZUZ_CACHE_DIR");
        }
        if (base == null && System.getenv("XDG_CACHE_HOME") != null) {
            base = Path.of(System.getenv("XDG_CACHE_HOME"), "kzuz").toString();
        }
        if (base == null) {
            base = Path.of(System.getProperty("user.home"), ".cache", "kzuz").toString();
        }
        return new OverlayCache(Path.of(base, "overlays"), buildIdentity());
    }

    static OverlayCache at(Path dir, String build) {
        return new OverlayCache(dir, build);
    }

    /** The running jar's size and time: the launcher rebuilds it whenever the sources change. */
    private static String buildIdentity() {
        try {
            Path jar = Path.of(OverlayCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** The cached records of the file (filling {@code locations}), or null. */
    List<KbRecord> get(KbSource.KbFile file, List<Location> locations) {
        try {
            Path entry = entry(file);
            if (!Files.isRegularFile(entry)) {
                return null;
            }
            List<Location> found = new ArrayList<>();
            List<KbRecord> records = KbCodec.decodeFile(Files.readAllBytes(entry), file.name(), found);
            locations.addAll(found);
            Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            return records;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void put(KbSource.KbFile file, List<KbRecord> records, List<Location> locations) {
        try {
            Path entry = entry(file);
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            try {
                Files.write(tmp, KbCodec.encodeFile(records, locations));
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written costs speed, not correctness.
        }
    }

    /**
     * Keeps the newest {@link #MAX_ENTRIES} entries (a hit refreshes an entry's time); called once
     * a load has read every file (per file, listing the folder each time cost more than the write).
     */
    void prune() {
        try {
            pruneEntries();
        } catch (IOException | RuntimeException e) {
            // As for put: only speed is at stake.
        }
    }

    private void pruneEntries() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> entries;
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            entries = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList());
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        java.util.Map<Path, Long> times = new java.util.HashMap<>();
        for (Path p : entries) {
            times.put(p, Files.getLastModifiedTime(p).toMillis());
        }
        entries.sort(java.util.Comparator.comparing(times::get));
        for (Path old : entries.subList(0, entries.size() - MAX_ENTRIES)) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * The entry's name: two checksums of the bytes (CRC-32 and Adler-32, both native and fast at
     * start-up, where SHA-256 ran interpreted and cost a quarter of a second per 100,000 records)
     * with the length, name, type and build. The cache guards against stale reads, not attacks:
     * whoever can write ~/.cache can also write the overlay itself.
     */
    private Path entry(KbSource.KbFile file) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        byte[] identity = (build + "\n" + file.type() + "\n" + file.name() + "\n" + file.bytes().length).getBytes(StandardCharsets.UTF_8);
        crc.update(file.bytes());
        adler.update(file.bytes());
        java.util.zip.CRC32 who = new java.util.zip.CRC32();
        who.update(identity);
        return dir.resolve(String.format("%08x%08x%08x-%d.bin", who.getValue(), crc.getValue(), adler.getValue(), file.bytes().length));
    }
}
