package dev.kzuz.kb;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the bundled records and any overlays on top, then validates the whole. An overlay
 * record with a bundled id replaces it (with a notice); the bundled files are never changed.
 */
public final class KbLoader {
    /** The compiled bundle, or null when the jar has none (a build without the compile step). */
    private static KnowledgeBase compiledBundle() {
        try (java.io.InputStream in = Bundle.open(KbCodec.FILE)) {
            return in == null ? null : KbCodec.decode(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }


    private KbLoader() {
    }

    /** One file's records (with where each stands) and problems. */
    private record Parsed(List<KbRecord> records, List<Location> locations, List<KbProblem> problems) {
    }

    private static Parsed parse(YamlTreeReader yaml, KbSource.KbFile file, OverlayCache cache) {
        boolean cacheable = cache != null && file.bytes().length >= OverlayCache.MIN_BYTES;
        if (cacheable) {
            List<Location> at = new ArrayList<>();
            List<KbRecord> cached = cache.get(file, at);
            if (cached != null) {
                return new Parsed(cached, at, List.of());
            }
        }
        Parsed parsed = parse(yaml, file);
        if (cacheable && parsed.problems().isEmpty()) {
            cache.put(file, parsed.records(), parsed.locations());
        }
        return parsed;
    }

    private static Parsed parse(YamlTreeReader yaml, KbSource.KbFile file) {
        List<KbProblem> problems = new ArrayList<>();
        List<KbRecord> records = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        YNode root;
        try {
            root = yaml.read(file.name(), file.bytes());
        } catch (YamlTreeReader.YamlException e) {
            return new Parsed(records, locations, List.of(e.problem()));
        }
        if (root != null) {
            RecordMapper mapper = new RecordMapper(problems);
            List<YNode> nodes = root instanceof YNode.YList list ? list.items() : List.of(root);
            for (YNode node : nodes) {
                KbRecord r = mapper.map(file.type(), node);
                if (r != null) {
                    records.add(r);
                    locations.add(node.at());
                }
            }
        }
        return new Parsed(records, locations, problems);
    }

    /** Loads the layers, the bundled one from its compiled form when the jar has it. */
    public static LoadResult load(List<KbSource> layers) {
        return load(layers, true);
    }

    /**
     * Loads the layers. With {@code compiled}, the bundled layer comes from the form compiled at
     * build time (validated then), and only overlays are read as YAML and validated with it;
     * without, everything is read from YAML and validated ('kzuz validate').
     */
    public static LoadResult load(List<KbSource> layers, boolean compiled) {
        return load(layers, compiled, null);
    }

    /** As {@link #load(List, boolean)}, with the overlay cache to use when {@code compiled} (null: the standard one). */
    static LoadResult load(List<KbSource> layers, boolean compiled, java.util.function.Supplier<OverlayCache> overlayCache) {
        List<KbProblem> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Map<String, KbRecord> records = new LinkedHashMap<>();
        Map<String, Location> locations = new HashMap<>();
        List<KbSource> rest = layers;
        if (compiled && !layers.isEmpty() && layers.get(0) instanceof KbSource.Bundled) {
            KnowledgeBase bundled = compiledBundle();
            if (bundled != null) {
                if (layers.size() == 1) {
                    return new LoadResult(bundled, List.of(), List.of());
                }
                for (KbRecord r : bundled.all()) {
                    records.put(r.id(), r);
                    locations.put(r.id(), Location.of("kb (bundled)"));
                }
                rest = layers.subList(1, layers.size());
            }
        }
        YamlTreeReader yaml = new YamlTreeReader();
        // 'kzuz validate' reads every file afresh; other commands may reuse large overlay files.
        OverlayCache cache = !compiled || rest.isEmpty() ? null : overlayCache != null ? overlayCache.get() : OverlayCache.standard();
        boolean first = records.isEmpty();
        for (KbSource layer : rest) {
            Map<String, Location> layerIds = new HashMap<>();
            // Files are read and mapped in parallel (a large overlay has thousands of records);
            // ids are then checked in file order, so messages do not depend on timing.
            List<Parsed> parsed = layer.files(problems).parallelStream().map(f -> parse(yaml, f, cache)).toList();
            for (Parsed file : parsed) {
                problems.addAll(file.problems());
                for (int k = 0; k < file.records().size(); k++) {
                    KbRecord r = file.records().get(k);
                    Location at = file.locations().get(k);
                    Location same = layerIds.putIfAbsent(r.id(), at);
                    if (same != null) {
                        problems.add(new KbProblem(at, "duplicate id '" + r.id() + "' (also at " + same + ")"));
                        continue;
                    }
                    if (!first && records.containsKey(r.id())) {
                        notices.add(at + ": '" + r.id() + "' replaces the record of that id in " + locations.get(r.id()).file());
                        records.remove(r.id());
                    }
                    records.put(r.id(), r);
                    locations.put(r.id(), at);
                }
            }
            first = false;
        }
        if (cache != null) {
            cache.prune();
        }
        KnowledgeBase kb = KnowledgeBase.of(records.values());
        if (problems.isEmpty() && rest.isEmpty()) {
            return new LoadResult(kb, problems, notices);
        }
        // "Every source is used" only means something once every record has loaded.
        problems.addAll(new KbValidator(kb, locations, problems.isEmpty()).validate());
        return new LoadResult(kb, problems, notices);
    }
}
