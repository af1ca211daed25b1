package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(load(kb, OverlayCache.at(cacheDir, "build-1")).kb().get("t-1").orElseThrow().title().asMap().get(dev.kzuz.model.Lang.EN))
                .isEqualTo("New title 1");
        assertThat(load(kb, OverlayCache.at(cacheDir, "build-2")).kb().get("t-1").orElseThrow().title().asMap().get(dev.kzuz.model.Lang.EN))
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
}
