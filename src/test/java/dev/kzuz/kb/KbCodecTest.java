package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
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

    @Test
    void encodingAndDecodingGivesTheSameRecords() throws Exception {
        KnowledgeBase yaml = KbLoader.load(List.of(KbSource.bundled()), false).kb();
        KnowledgeBase decoded = KbCodec.decode(new ByteArrayInputStream(KbCodec.encode(yaml)));
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
        KnowledgeBase decoded = KbCodec.decode(new ByteArrayInputStream(KbCodec.encode(yaml)));
        assertThat(decoded.size()).isEqualTo(yaml.size());
        KbRecord cadb = decoded.get("cadb").orElseThrow();
        assertThat(cadb).isEqualTo(yaml.get("cadb").orElseThrow());
        assertThat(decoded.get("no-such-id")).isEmpty();
        for (dev.kzuz.model.RecordType t : dev.kzuz.model.RecordType.values()) {
            assertThat(decoded.ofType(t)).as(t.folder()).isEqualTo(yaml.ofType(t));
        }
        assertThat(decoded.ofType(dev.kzuz.model.RecordType.INSTITUTION)).anySatisfy(r -> assertThat(r).isSameAs(cadb));
        assertThat(decoded.get("cadb").orElseThrow()).isSameAs(cadb);
        assertThat(decoded.get("cadb", dev.kzuz.model.Source.class)).isEmpty();
    }

    @Test
    void somethingElseIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KbCodec.decode(new ByteArrayInputStream(new byte[] {0, 3, 'a', 'b', 'c'})))
                .isInstanceOf(java.io.IOException.class);
    }
}
