package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The settings kzuz gives picocli at start-up still fit the picocli the build compiles. */
class PicocliSettingsTest {
    private static final Path PICOCLI = Path.of("target/generated-sources/picocli/picocli/CommandLine.java");

    @Test
    void everyReflectiveConverterPicocliChecksIsExcludedByName() throws Exception {
        TreeSet<String> checked = new TreeSet<>();
        Matcher m = Pattern.compile("excl\\(\"([\\w.]+)\"\\)").matcher(Files.readString(PICOCLI));
        while (m.find()) {
            checked.add(m.group(1));
        }
        assertThat(checked).as("types picocli checks").hasSizeGreaterThan(10);
        assertThat(new TreeSet<>(Arrays.asList(Cli.PICOCLI_REFLECTIVE_CONVERTERS.split(",")))).isEqualTo(checked);
    }

    @Test
    void theBuildPatchedPicocliToCompileNoPatternAtStartUp() throws Exception {
        String source = Files.readString(PICOCLI);
        assertThat(source).contains("negatableOptionTransformer; // kzuz: made when first asked for",
                "if (Arrays.asList(excludes).contains(fqcn)) { return true; } // kzuz: names listed exactly");
    }
}
