package dev.kzuz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writing-to-Word round trip as a user makes it (src/test/roundtrip/essay.sh): an essay in
 * Kazakh and in Russian assembled with --into through the real launcher, turned into docx and HTML
 * by pandoc without a warning, every source once in the reference list. pandoc is installed by
 * the project's own script where it is missing.
 */
class EssayRoundTripIT {
    private static final Path LAUNCHER = Path.of("bin/kzuz").toAbsolutePath();

    @TempDir
    static Path cache;

    @BeforeAll
    static void pandoc() throws Exception {
        Result r = run(List.of("bash", "src/test/roundtrip/install-pandoc.sh"), Map.of());
        assertThat(r.code()).as("installing pandoc: " + r.output()).isZero();
    }

    record Result(int code, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void anEssayReachesWordAndHtmlWithEverySourceOnce(String lang, @TempDir Path out) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_HOME", System.getProperty("java.home")));
        Result r = run(List.of("bash", "src/test/roundtrip/essay.sh", LAUNCHER.toString(), lang, out.toString()), env);
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains("essay.sh (" + lang + "): ", "sources, each once; docx and HTML without warnings");
    }
}
