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

    private KbLoader() {
    }

    public static LoadResult load(List<KbSource> layers) {
        List<KbProblem> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Map<String, KbRecord> records = new LinkedHashMap<>();
        Map<String, Location> locations = new HashMap<>();
        YamlTreeReader yaml = new YamlTreeReader();
        RecordMapper mapper = new RecordMapper(problems);
        boolean first = true;
        for (KbSource layer : layers) {
            Map<String, Location> layerIds = new HashMap<>();
            for (KbSource.KbFile file : layer.files(problems)) {
                YNode root;
                try {
                    root = yaml.read(file.name(), file.bytes());
                } catch (YamlTreeReader.YamlException e) {
                    problems.add(e.problem());
                    continue;
                }
                if (root == null) {
                    continue;
                }
                List<YNode> nodes = root instanceof YNode.YList list ? list.items() : List.of(root);
                for (YNode node : nodes) {
                    KbRecord r = mapper.map(file.type(), node);
                    if (r == null) {
                        continue;
                    }
                    Location at = node.at();
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
        KnowledgeBase kb = KnowledgeBase.of(records.values());
        // "Every source is used" only means something once every record has loaded.
        problems.addAll(new KbValidator(kb, locations, problems.isEmpty()).validate());
        return new LoadResult(kb, problems, notices);
    }
}
