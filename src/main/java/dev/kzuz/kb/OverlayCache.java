package dev.kzuz.kb;

import dev.kzuz.io.PrivateFolder;
import dev.kzuz.io.UserDirs;
import dev.kzuz.model.KbRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Remembers large overlay files already read and mapped, in the compiled form of the bundled
 * knowledge base, so the next run over the same files skips YAML. Entries are keyed by checksums
 * of the file's name, type and bytes and of the kzuz build, so an edited file or a new kzuz
 * never sees a stale entry, and each carries a CRC-32C of its own bytes, so a damaged one is
 * discarded. Only files that mapped without problems are kept, and the whole knowledge base is
 * still validated on every run. The folder must be the user's own ({@link PrivateFolder}); a
 * missing, refused, unwritable or damaged cache is never an error: the file is read as YAML.
 */
final class OverlayCache {
    /** Smaller files parse in a few milliseconds; caching them would only clutter the folder. */
    static final int MIN_BYTES = 64 * 1024;

    /** Every edit of a cached file leaves its old entry behind; beyond this many, the least recently used go. */
    static final int MAX_ENTRIES = 256;

    private final Path dir;
    private final String build;
    /** Who the folder and its entries must belong to; null: the user kzuz runs as, looked up when first needed. */
    private UserPrincipal user;
    /** Whether the folder was checked (once, when first needed), and with what result. */
    private boolean checked;
    private boolean usable;

    private OverlayCache(Path dir, String build, UserPrincipal user) {
        this.dir = dir;
        this.build = build;
        this.user = user;
    }

    /** The cache under {@link #folder}'s {@code overlays/}, or null when there is none. */
    static OverlayCache standard() {
        Path folder = folder(System.getenv(), System.getProperty("kzuz.cache"));
        return folder == null ? null : new OverlayCache(folder.resolve("overlays"), buildIdentity(), null);
    }

    /**
     * kzuz's cache folder: none when {@code KZUZ_CACHE=0}; else {@code property} (kzuz.cache),
     * {@code $KZUZ_CACHE_DIR}, or {@code kzuz} in the user's cache home ({@link UserDirs#cacheHome}),
     * the first that is an absolute path (a relative one is ignored); none when HOME is not set either.
     */
    static Path folder(Map<String, String> env, String property) {
        if ("0".equals(env.get("KZUZ_CACHE"))) {
            return null;
        }
        Path chosen = UserDirs.absolute(property);
        if (chosen == null) {
            chosen = UserDirs.absolute(env.get("KZUZ_CACHE_DIR"));
        }
        if (chosen == null) {
            Path home = UserDirs.cacheHome(env);
            chosen = home == null ? null : home.resolve("kzuz");
        }
        return chosen;
    }

    static OverlayCache at(Path dir, String build) {
        return new OverlayCache(dir, build, null);
    }

    /** As {@link #at(Path, String)}, checking ownership against {@code user}: tests run as root, where every folder is theirs. */
    static OverlayCache at(Path dir, String build, UserPrincipal user) {
        return new OverlayCache(dir, build, user);
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

    /**
     * Whether the folder (made if missing) and the one it is in are the user's own; checked once,
     * when a file is first large enough to be cached. A refusal is no error: its reason is logged
     * at debug level, and the files are read as YAML.
     */
    private synchronized boolean usable() {
        if (!checked) {
            checked = true;
            try {
                if (user == null) {
                    user = PrivateFolder.currentUser();
                }
                PrivateFolder.open(dir.getParent(), user);
                PrivateFolder.open(dir, user);
                usable = true;
            } catch (IOException | RuntimeException e) {
                System.getLogger(OverlayCache.class.getName()).log(System.Logger.Level.DEBUG, "no overlay cache: " + e.getMessage());
            }
        }
        return usable;
    }

    /** The cached records of the file (filling {@code locations}), or null. */
    List<KbRecord> get(KbSource.KbFile file, List<Location> locations) {
        try {
            if (!usable()) {
                return null;
            }
            Path entry = entry(file);
            byte[] bytes = PrivateFolder.readOwnFile(entry, user);
            int length = bytes == null ? -1 : bodyLength(bytes);
            if (length < 0) {
                return null;
            }
            List<Location> found = new ArrayList<>();
            List<KbRecord> records = KbCodec.decodeFile(bytes, length, file.name(), found);
            locations.addAll(found);
            Files.getFileAttributeView(entry, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(FileTime.fromMillis(System.currentTimeMillis()), null, null);
            return records;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void put(KbSource.KbFile file, List<KbRecord> records, List<Location> locations) {
        try {
            if (!usable()) {
                return;
            }
            Path entry = entry(file);
            // A new file in the folder, readable by the user only (mode 0600), then renamed into place.
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            try {
                Files.write(tmp, sealed(KbCodec.encodeFile(records, locations)));
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written costs speed, not correctness.
        }
    }

    /** {@code body} followed by its CRC-32C (native, a few milliseconds for 100,000 records). */
    static byte[] sealed(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        byte[] out = java.util.Arrays.copyOf(body, body.length + 4);
        ByteBuffer.wrap(out, body.length, 4).putInt((int) crc.getValue());
        return out;
    }

    /** The length of the body of a {@link #sealed} entry, or -1 when its checksum does not match. */
    static int bodyLength(byte[] entry) {
        int length = entry.length - 4;
        if (length < 0) {
            return -1;
        }
        CRC32C crc = new CRC32C();
        crc.update(entry, 0, length);
        return ByteBuffer.wrap(entry, length, 4).getInt() == (int) crc.getValue() ? length : -1;
    }

    /**
     * Keeps the newest {@link #MAX_ENTRIES} entries (a hit refreshes an entry's time); called once
     * a load has read every file (per file, listing the folder each time cost more than the write).
     */
    void prune() {
        synchronized (this) {
            if (!usable) {
                return; // never used in this run: nothing added, and no folder made
            }
        }
        try {
            pruneEntries();
        } catch (IOException | RuntimeException e) {
            // As for put: only speed is at stake.
        }
    }

    private void pruneEntries() throws IOException {
        List<Path> entries;
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            entries = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList());
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        java.util.Map<Path, Long> times = new java.util.HashMap<>();
        for (Path p : entries) {
            times.put(p, Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis());
        }
        entries.sort(java.util.Comparator.comparing(times::get));
        for (Path old : entries.subList(0, entries.size() - MAX_ENTRIES)) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * The entry's name: two checksums of the bytes (CRC-32 and Adler-32, both native and fast at
     * start-up, where SHA-256 ran interpreted and cost a quarter of a second per 100,000 records)
     * with the length, name, type and build. The key guards against stale reads; that no one else
     * can put an entry there is the folder checks' part.
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
