package dev.kzuz.cli;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.query.SearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by the build (exec-maven-plugin, process-classes): compiles the bundled knowledge base
 * (kb/kb.bin) and writes its search index into the jar, so commands read no YAML and searching
 * folds only the query. An invalid knowledge base
 * still gets an index of what loaded; the tests and 'kzuz validate' report the problems.
 */
public final class BuildIndex {
    private BuildIndex() {
    }

    public static void main(String[] args) throws IOException {
        LoadResult r = KbLoader.load(List.of(KbSource.bundled()), false);
        // In the order the compiled bundle lists them (type by type), as a fresh index of it would.
        List<dev.kzuz.model.KbRecord> records = new java.util.ArrayList<>();
        for (dev.kzuz.model.RecordType t : dev.kzuz.model.RecordType.values()) {
            records.addAll(r.kb().ofType(t));
        }
        SearchIndex index = SearchIndex.build(r.kb(), records);
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        try (java.io.OutputStream o = Files.newOutputStream(out)) {
            index.write(o);
        }
        // The compiled knowledge base: what every command but 'validate' loads. Each source's plain
        // reference goes with it, so that lists name their sources without making them.
        java.util.Map<String, String> references = new java.util.HashMap<>();
        for (dev.kzuz.model.Source s : r.kb().ofType(dev.kzuz.model.RecordType.SOURCE, dev.kzuz.model.Source.class)) {
            references.put(s.id(), dev.kzuz.render.References.plain(s));
        }
        Files.write(out.resolveSibling("kb.bin"), dev.kzuz.kb.KbCodec.encode(r.kb(), references));
        System.out.println("kzuz: search index of " + r.kb().size() + " records, " + index.entryCount() + " entries: " + out);
    }
}
