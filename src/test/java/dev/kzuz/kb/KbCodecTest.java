package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.render.References;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled knowledge base holds exactly what the YAML says. */
class KbCodecTest {
    private static List<KbRecord> sorted(KnowledgeBase kb) {
        List<KbRecord> all = new ArrayList<>(kb.all());
        all.sort(Comparator.comparing(KbRecord::id));
        return all;
    }

    /** Each source's plain reference, as the build compiles them into the bundle. */
    private static java.util.Map<String, String> references(KnowledgeBase kb) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (Source s : kb.ofType(RecordType.SOURCE, Source.class)) {
            out.put(s.id(), References.skeleton(s));
        }
        return out;
    }

    @Test
    void encodingAndDecodingGivesTheSameRecords() throws Exception {
        KnowledgeBase yaml = KbLoader.load(List.of(KbSource.bundled()), false).kb();
        KnowledgeBase decoded = KbCodec.decode(new ByteArrayInputStream(KbCodec.encode(yaml, references(yaml))));
        assertThat(sorted(decoded)).isEqualTo(sorted(yaml));
    }

    @Test
    void theJarsCompiledKnowledgeBaseIsTheCurrentYaml() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(KbCodec.RESOURCE)) {
            assertThat(in).as("the build writes " + KbCodec.RESOURCE).isNotNull();
            assertThat(sorted(KbCodec.decode(in))).isEqualTo(sorted(KbLoader.load(List.of(KbSource.bundled()), false).kb()));
        }
    }

    @Test
    void recordsAreMadeOnDemandOneObjectEach() throws Exception {
        KnowledgeBase yaml = KbLoader.load(List.of(KbSource.bundled()), false).kb();
        KnowledgeBase decoded = KbCodec.decode(new ByteArrayInputStream(KbCodec.encode(yaml, references(yaml))));
        assertThat(decoded.size()).isEqualTo(yaml.size());
        KbRecord cadb = decoded.get("cadb").orElseThrow();
        assertThat(cadb).isEqualTo(yaml.get("cadb").orElseThrow());
        assertThat(decoded.get("no-such-id")).isEmpty();
        for (RecordType t : RecordType.values()) {
            assertThat(decoded.ofType(t)).as(t.folder()).isEqualTo(yaml.ofType(t));
        }
        assertThat(decoded.ofType(RecordType.INSTITUTION)).anySatisfy(r -> assertThat(r).isSameAs(cadb));
        assertThat(decoded.get("cadb").orElseThrow()).isSameAs(cadb);
        assertThat(decoded.get("cadb", Source.class)).isEmpty();
    }

    @Test
    void eachSourceCarriesItsPlainReferenceAsCompiled() throws Exception {
        KnowledgeBase yaml = KbLoader.load(List.of(KbSource.bundled()), false).kb();
        KnowledgeBase decoded = KbCodec.decode(new ByteArrayInputStream(KbCodec.encode(yaml, references(yaml))));
        List<Source> sources = yaml.ofType(RecordType.SOURCE, Source.class);
        assertThat(sources).hasSizeGreaterThan(100);
        for (Source s : sources) {
            assertThat(decoded.compiledReference(s.id())).as(s.id()).isEqualTo(References.skeleton(s));
            assertThat(References.plain(s.id(), decoded, Lang.KK)).isEqualTo(References.plain(s, Lang.KK));
        }
        assertThat(decoded.compiledReference("cadb")).as("not a source").isNull();
        assertThat(decoded.compiledReference("no-such-id")).isNull();
        // Loaded from YAML (as with overlays, which may replace a bundled source): made each time.
        assertThat(yaml.compiledReference("essay-kk")).isNull();
        assertThat(References.plain("essay-kk", yaml, Lang.RU)).isEqualTo(References.plain(yaml.get("essay-kk", Source.class).orElseThrow(), Lang.RU));
    }

    @Test
    void somethingElseIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KbCodec.decode(new ByteArrayInputStream(new byte[] {0, 3, 'a', 'b', 'c'})))
                .isInstanceOf(java.io.IOException.class);
    }
}
