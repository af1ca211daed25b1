package dev.kzuz.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fast reader gives SnakeYAML's tree, locations included, or leaves the file to it. */
class PlainYamlTest {
    private final YamlTreeReader full = new YamlTreeReader();

    static Stream<Path> bundledFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("kb"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledFiles")
    void readsEveryBundledFileAsSnakeYamlDoes(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        YNode fast = PlainYaml.read(file.toString(), text);
        // kb/ keeps to the plain YAML PlainYaml describes, so that the fast reader is tried on every
        // real record; a file needing more of YAML would still load (through SnakeYAML).
        assertThat(fast).as("%s is not plain YAML as PlainYaml reads it", file).isNotNull();
        assertThat(YamlTrees.dump(fast)).isEqualTo(YamlTrees.dump(full.readFull(file.toString(), text)));
    }
}
