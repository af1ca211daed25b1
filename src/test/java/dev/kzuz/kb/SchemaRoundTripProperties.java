package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kzuz.model.GeneratedRecords;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.render.DetailView;
import dev.kzuz.render.Format;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated records of every type, with every field of {@link dev.kzuz.model.Schema} present or
 * absent, go through each hand-written reader and writer and come back equal: written as YAML
 * (from the description's keys) and mapped; compiled into a bundle and decoded (whole type
 * sections and one record by id); cached as an overlay file; rendered as JSON and read back.
 * A field one of them forgets, or reads in another order than it was written, fails here.
 */
class SchemaRoundTripProperties {

    @Provide
    Arbitrary<KbRecord> anyRecord() {
        return GeneratedRecords.any();
    }

    @Provide
    Arbitrary<List<KbRecord>> records() {
        return GeneratedRecords.distinct(8);
    }

    @Property(tries = 300)
    void yamlWrittenFromTheDescriptionMapsToTheSameRecord(@ForAll("anyRecord") KbRecord r) throws Exception {
        String yaml = new YAMLMapper().writeValueAsString(List.of(GeneratedRecords.yaml(r)));
        assertThat(mapped(r.type(), yaml)).as(yaml).isEqualTo(r);
    }

    @Property(tries = 150)
    void theBundleDecodesToTheSameRecordsByTypeAndById(@ForAll("records") List<KbRecord> records) throws Exception {
        KnowledgeBase kb = KnowledgeBase.of(records);
        Map<String, String> texts = new HashMap<>();
        for (KbRecord r : kb.ofType(RecordType.SOURCE)) {
            texts.put(r.id(), "text of " + r.id() + " «" + r.title().resolve(Lang.EN).text() + "»");
        }
        byte[] bundle = KbCodec.encode(kb, texts);
        KnowledgeBase byId = KbCodec.decode(new ByteArrayInputStream(bundle));
        for (KbRecord r : records) {
            assertThat(byId.get(r.id())).as(r.id()).contains(r);
            assertThat(byId.compiledReference(r.id())).as(r.id()).isEqualTo(texts.get(r.id()));
        }
        KnowledgeBase byType = KbCodec.decode(new ByteArrayInputStream(bundle));
        for (RecordType t : RecordType.values()) {
            assertThat(byType.ofType(t)).as(t.folder()).isEqualTo(kb.ofType(t));
        }
    }

    @Property(tries = 150)
    void anOverlayFileCachedDecodesToTheSameRecords(@ForAll("records") List<KbRecord> records) throws Exception {
        List<Location> at = new ArrayList<>();
        for (int k = 0; k < records.size(); k++) {
            at.add(new Location("f.yaml", k + 1, 3));
        }
        byte[] bytes = KbCodec.encodeFile(records, at);
        List<Location> read = new ArrayList<>();
        assertThat(KbCodec.decodeFile(bytes, bytes.length, "f.yaml", read)).isEqualTo(records);
        assertThat(read).isEqualTo(at);
    }

    @Property(tries = 300)
    void jsonReadBackAsYamlIsTheSameRecord(@ForAll("anyRecord") KbRecord r) throws Exception {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        Format.JSON.renderer(100).detail(new DetailView(r, Lang.EN, GeneratedRecords.around(r)), w);
        w.flush();
        String json = s.toString();
        // JSON is YAML: its names are the YAML keys, plus the type and, for trade, whether the period is partial.
        YNode.YMap tree = (YNode.YMap) new YamlTreeReader().read("record.json", json.getBytes(StandardCharsets.UTF_8));
        Map<String, YNode> entries = new LinkedHashMap<>(tree.entries());
        assertThat(((YNode.YScalar) entries.remove("type")).text()).isEqualTo(r.type().noun().replace(' ', '_'));
        if (r instanceof TradeFigure t) {
            assertThat(((YNode.YScalar) entries.remove("partial")).text()).isEqualTo(String.valueOf(t.partial()));
        }
        Map<String, Location> keys = new LinkedHashMap<>(tree.keys());
        keys.keySet().retainAll(entries.keySet());
        List<KbProblem> problems = new ArrayList<>();
        KbRecord back = new RecordMapper(problems).map(r.type(), new YNode.YMap(tree.at(), entries, keys));
        assertThat(problems).as(json).isEmpty();
        assertThat(back).as(json).isEqualTo(r);
    }

    private static KbRecord mapped(RecordType type, String yaml) throws Exception {
        YNode root = new YamlTreeReader().read("records.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        List<KbProblem> problems = new ArrayList<>();
        KbRecord r = new RecordMapper(problems).map(type, ((YNode.YList) root).items().get(0));
        assertThat(problems).as(yaml).isEmpty();
        return r;
    }
}
