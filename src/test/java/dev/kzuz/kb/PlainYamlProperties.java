package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Whatever the fast reader takes, it reads as SnakeYAML does; what SnakeYAML rejects, it leaves alone. */
class PlainYamlProperties {
    private final YamlTreeReader full = new YamlTreeReader();

    @Property(tries = 5000)
    void takesOnlyWhatItReadsAsSnakeYamlDoes(@ForAll("documents") String text) {
        YNode fast = PlainYaml.read("f.yaml", text);
        String expected;
        try {
            expected = YamlTrees.dump(full.readFull("f.yaml", text));
        } catch (YamlTreeReader.YamlException e) {
            expected = "error: " + e.problem();
        }
        Statistics.label("taken by the fast reader").collect(fast != null);
        Statistics.label("valid YAML").collect(!expected.startsWith("error: "));
        if (fast != null) {
            assertThat(YamlTrees.dump(fast)).as(text).isEqualTo(expected);
        }
        Statistics.label("taken by the fast reader").coverage(c -> c.check(true).percentage(p -> p > 25));
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.longs().map(seed -> YamlDocs.generate(new Random(seed)));
    }
}
