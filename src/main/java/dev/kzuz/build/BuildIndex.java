package dev.kzuz.build;

import dev.kzuz.kb.KbCodec;
import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.query.SearchIndex;
import dev.kzuz.render.References;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        List<KbRecord> records = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            records.addAll(r.kb().ofType(t));
        }
        SearchIndex index = SearchIndex.build(r.kb(), records);
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            index.write(o);
        }
        // The compiled knowledge base: what every command but 'validate' loads. Each source's plain
        // reference goes with it, so that lists name their sources without making them.
        Map<String, String> references = new HashMap<>();
        for (Source s : r.kb().ofType(RecordType.SOURCE, Source.class)) {
            references.put(s.id(), References.skeleton(s));
        }
        Files.write(out.resolveSibling("kb.bin"), KbCodec.encode(r.kb(), references));
        // What 'kzuz --version' says of the bundle: its size, and the last day a source was checked.
        String checked = r.kb().ofType(RecordType.SOURCE, Source.class).stream().map(Source::accessed)
                .filter(java.util.Objects::nonNull).map(Object::toString).max(String::compareTo).orElse("");
        Files.writeString(out.resolveSibling("about.properties"),
                "records=" + r.kb().size() + "\nchecked=" + checked + "\n");
        System.out.println("kzuz: search index of " + r.kb().size() + " records, " + index.entryCount() + " entries: " + out);
    }
}
