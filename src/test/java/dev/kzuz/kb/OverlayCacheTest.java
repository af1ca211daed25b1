package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large overlay file is read as YAML once, then from the cache, with the same result. */
class OverlayCacheTest {
    @TempDir
    Path tmp;

    private Path overlay(int records, String title) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("kb").resolve("treaties"));
        StringBuilder yaml = new StringBuilder();
        for (int k = 1; k <= records; k++) {
            yaml.append("- id: t-").append(k).append('\n')
                    .append("  title: {en: ").append(title).append(' ').append(k).append("}\n")
                    .append("  kind: agreement\n  date: '1998-02-").append(10 + k % 18).append("'\n")
                    .append("  parties: [KZ, UZ]\n  verdict: unconfirmed\n  sources: [essay-kk]\n");
        }
        Files.writeString(dir.resolve("many.yaml"), yaml);
        assertThat(Files.size(dir.resolve("many.yaml"))).isGreaterThanOrEqualTo(OverlayCache.MIN_BYTES);
        return dir.getParent();
    }

    private LoadResult load(Path kb, OverlayCache cache) {
        return KbLoader.load(List.of(KbSource.bundled(), KbSource.directory(kb)), true, () -> cache);
    }

    private List<Path> entries(Path cacheDir) throws IOException {
        if (!Files.isDirectory(cacheDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.toList();
        }
    }

    @Test
    void theSecondRunReadsTheCacheAndGetsTheSameRecords() throws IOException {
        Path kb = overlay(1000, "Cached treaty");
        Path cacheDir = tmp.resolve("cache");
        OverlayCache cache = OverlayCache.at(cacheDir, "test-build");
        LoadResult yaml = load(kb, null);
        LoadResult first = load(kb, cache);
        assertThat(entries(cacheDir)).hasSize(1);
        LoadResult second = load(kb, cache);
        assertThat(first.problems()).isEmpty();
        assertThat(second.problems()).isEmpty();
        assertThat(List.copyOf(second.kb().all())).isEqualTo(List.copyOf(yaml.kb().all()));
        assertThat(second.kb().get("t-1000")).isPresent();
    }

    @Test
    void problemsStillCarryTheFileAndLineFromTheCache() throws IOException {
        Path kb = overlay(1000, "Cached treaty");
        // A second file repeats an id; the duplicate is found whether the big file came from YAML or the cache.
        Files.writeString(kb.resolve("treaties/dup.yaml"), "- id: t-7\n  title: {en: Again}\n  kind: agreement\n"
                + "  date: '1998'\n  parties: [KZ, UZ]\n  verdict: unconfirmed\n  sources: [essay-kk]\n");
        OverlayCache cache = OverlayCache.at(tmp.resolve("cache"), "test-build");
        List<String> fromYaml = load(kb, null).problems().stream().map(Object::toString).toList();
        load(kb, cache);
        List<String> fromCache = load(kb, cache).problems().stream().map(Object::toString).toList();
        assertThat(fromCache).isEqualTo(fromYaml).anyMatch(p -> p.contains("many.yaml:43:3: duplicate id 't-7'"));
    }

    @Test
    void anEditedFileOrANewBuildNeverSeesAStaleEntry() throws IOException {
        Path cacheDir = tmp.resolve("cache");
        Path kb = overlay(1000, "Old title");
        load(kb, OverlayCache.at(cacheDir, "build-1"));
        overlay(1000, "New title");
        assertThat(load(kb, OverlayCache.at(cacheDir, "build-1")).kb().get("t-1").orElseThrow().title().asMap().get(Lang.EN))
                .isEqualTo("New title 1");
        assertThat(load(kb, OverlayCache.at(cacheDir, "build-2")).kb().get("t-1").orElseThrow().title().asMap().get(Lang.EN))
                .isEqualTo("New title 1");
        assertThat(entries(cacheDir)).hasSize(3);
    }

    @Test
    void aDamagedEntryIsIgnored() throws IOException {
        Path kb = overlay(1000, "Cached treaty");
        Path cacheDir = tmp.resolve("cache");
        OverlayCache cache = OverlayCache.at(cacheDir, "test-build");
        load(kb, cache);
        for (Path entry : entries(cacheDir)) {
            byte[] bytes = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        LoadResult again = load(kb, cache);
        assertThat(again.problems()).isEmpty();
        assertThat(again.kb().get("t-1000")).isPresent();
    }

    @Test
    void aFileWithProblemsIsNotCachedAndAnUnwritableCacheIsNoError() throws IOException {
        Path kb = overlay(1000, "Cached treaty");
        Files.writeString(kb.resolve("treaties/many.yaml"), "- id: broken\n  kind: pact\n" + Files.readString(kb.resolve("treaties/many.yaml")));
        Path cacheDir = tmp.resolve("cache");
        assertThat(load(kb, OverlayCache.at(cacheDir, "b")).problems()).isNotEmpty();
        assertThat(entries(cacheDir)).isEmpty();
        Path notADir = Files.writeString(tmp.resolve("plain-file"), "x");
        overlay(1000, "Cached treaty");
        assertThat(load(kb, OverlayCache.at(notADir, "b")).problems()).isEmpty();
    }

    @Test
    void oldEntriesBeyondTheLimitAreRemoved() throws IOException {
        Path cacheDir = Files.createDirectories(tmp.resolve("cache"));
        for (int k = 0; k < OverlayCache.MAX_ENTRIES + 5; k++) {
            Path stale = Files.writeString(cacheDir.resolve("stale-" + k + ".bin"), "x");
            Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(1_000_000L + k));
        }
        Path kb = overlay(1000, "Cached treaty");
        load(kb, OverlayCache.at(cacheDir, "b"));
        List<Path> left = entries(cacheDir);
        assertThat(left).hasSize(OverlayCache.MAX_ENTRIES)
                .noneMatch(p -> p.getFileName().toString().equals("stale-0.bin"))
                .anyMatch(p -> !p.getFileName().toString().startsWith("stale-"));
    }

    private static int indexOf(byte[] bytes, String ascii) {
        byte[] wanted = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int k = 0; k + wanted.length <= bytes.length; k++) {
            if (java.util.Arrays.equals(bytes, k, k + wanted.length, wanted, 0, wanted.length)) {
                return k;
            }
        }
        return -1;
    }

    @Test
    void anEntryWithAFewBytesChangedIsDiscardedAndTheYamlReadInstead() throws IOException {
        Path kb = overlay(1000, "Cached treaty");
        Path cacheDir = tmp.resolve("cache");
        OverlayCache cache = OverlayCache.at(cacheDir, "test-build");
        List<KbRecord> yaml = List.copyOf(load(kb, null).kb().all());
        load(kb, cache);
        Path entry = entries(cacheDir).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        int at = indexOf(bytes, "Cached treaty 7");
        assertThat(at).isPositive();
        bytes[at + 5] = 'x';
        Files.write(entry, bytes);
        // Still a well-formed entry, with a changed title: without its checksum it would be served.
        List<Location> where = new ArrayList<>();
        assertThat(KbCodec.decodeFile(bytes, bytes.length - 4, "many.yaml", where).toString()).contains("Cachex treaty 7");

        LoadResult again = load(kb, cache);
        assertThat(again.problems()).isEmpty();
        assertThat(List.copyOf(again.kb().all())).isEqualTo(yaml);
        // ... and the entry was written afresh.
        assertThat(indexOf(Files.readAllBytes(entry), "Cachex")).isEqualTo(-1);
        assertThat(List.copyOf(load(kb, cache).kb().all())).isEqualTo(yaml);
    }

    @Test
    void theFolderComesFromTheEnvironmentOnlyAndOnlyAsAnAbsolutePath() {
        Path home = tmp.resolve("home");
        assertThat(OverlayCache.folder(Map.of("HOME", home.toString()), null)).isEqualTo(home.resolve(".cache/kzuz"));
        assertThat(OverlayCache.folder(Map.of("HOME", home.toString(), "XDG_CACHE_HOME", "/x/cache"), null)).isEqualTo(Path.of("/x/cache/kzuz"));
        // A relative XDG_CACHE_HOME is ignored, as the XDG spec says; so are relative overrides.
        assertThat(OverlayCache.folder(Map.of("HOME", home.toString(), "XDG_CACHE_HOME", "cache"), null)).isEqualTo(home.resolve(".cache/kzuz"));
        assertThat(OverlayCache.folder(Map.of("HOME", home.toString(), "KZUZ_CACHE_DIR", "rel"), "rel2")).isEqualTo(home.resolve(".cache/kzuz"));
        assertThat(OverlayCache.folder(Map.of("HOME", home.toString(), "KZUZ_CACHE_DIR", "/k"), null)).isEqualTo(Path.of("/k"));
        assertThat(OverlayCache.folder(Map.of("KZUZ_CACHE_DIR", "/k"), "/p")).isEqualTo(Path.of("/p"));
        assertThat(OverlayCache.folder(Map.of("HOME", home.toString(), "KZUZ_CACHE", "0"), "/p")).isNull();
        // No HOME (or an empty one): no cache at all, never /tmp or the passwd entry's home.
        assertThat(OverlayCache.folder(Map.of(), null)).isNull();
        assertThat(OverlayCache.folder(Map.of("HOME", ""), null)).isNull();
        assertThat(OverlayCache.folder(Map.of("HOME", "relative/home"), null)).isNull();
    }

    @Test
    void theFoldersItMakesAreTheUsersAlone() throws IOException {
        Path kzuz = OverlayCache.folder(Map.of("HOME", tmp.resolve("home").toString()), null);
        Path cacheDir = kzuz.resolve("overlays");
        load(overlay(1000, "Cached treaty"), OverlayCache.at(cacheDir, "b"));
        assertThat(entries(cacheDir)).hasSize(1);
        for (Path made : List.of(tmp.resolve("home"), tmp.resolve("home/.cache"), kzuz, cacheDir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).as(made.toString()).isEqualTo("rwx------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entries(cacheDir).get(0)))).isEqualTo("rw-------");
    }

    /** Someone other than the user the tests run as (as root, every folder is one's own). */
    private static UserPrincipal someoneElse(Path ownedByUs) throws IOException {
        String us = Files.getOwner(ownedByUs).getName();
        return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(us.equals("nobody") ? "root" : "nobody");
    }

    @Test
    void aFolderThatIsASymlinkOrAnotherUsersOrWritableByAllIsNotUsed() throws IOException {
        Path kb = overlay(1000, "Cached treaty");
        Path real = Files.createDirectories(tmp.resolve("real/overlays"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("real"));
        assertThat(load(kb, OverlayCache.at(link.resolve("overlays"), "b")).problems()).isEmpty();
        Path linkedOverlays = Files.createSymbolicLink(tmp.resolve("real/linked"), real);
        assertThat(load(kb, OverlayCache.at(linkedOverlays, "b")).problems()).isEmpty();
        assertThat(entries(real)).isEmpty();

        assertThat(load(kb, OverlayCache.at(real, "b", someoneElse(real))).problems()).isEmpty();
        assertThat(entries(real)).isEmpty();

        Files.setPosixFilePermissions(tmp.resolve("real"), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(load(kb, OverlayCache.at(real, "b")).problems()).isEmpty();
        assertThat(entries(real)).isEmpty();

        // The same folder, private again: used.
        Files.setPosixFilePermissions(tmp.resolve("real"), PosixFilePermissions.fromString("rwx------"));
        load(kb, OverlayCache.at(real, "b"));
        assertThat(entries(real)).hasSize(1);
    }

    @Test
    void aSymlinkOfTheUsersOwnOnTheWayIsFollowed() throws IOException {
        // ~/.cache on another disk, say.
        Files.createDirectories(tmp.resolve("elsewhere"));
        Path cacheHome = Files.createSymbolicLink(tmp.resolve("cache-home"), tmp.resolve("elsewhere"));
        load(overlay(1000, "Cached treaty"), OverlayCache.at(cacheHome.resolve("kzuz/overlays"), "b"));
        assertThat(entries(tmp.resolve("elsewhere/kzuz/overlays"))).hasSize(1);
    }

    @Test
    void anEntryThatIsASymlinkIsNotFollowed() throws IOException {
        Path cacheDir = tmp.resolve("cache");
        OverlayCache cache = OverlayCache.at(cacheDir, "b");
        Path kb = overlay(1000, "Old title");
        load(kb, cache);
        Path old = Files.move(entries(cacheDir).get(0), tmp.resolve("old-entry"));
        overlay(1000, "New title");
        load(kb, cache);
        Path entry = entries(cacheDir).get(0);
        Files.delete(entry);
        // A valid entry, of other bytes: followed, it would bring the old titles back.
        Files.createSymbolicLink(entry, old);
        assertThat(load(kb, cache).kb().get("t-1").orElseThrow().title().asMap().get(Lang.EN)).isEqualTo("New title 1");
        assertThat(Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
