package dev.kzuz.render;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import dev.kzuz.support.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer against one frozen fixture (a few real records), compared with golden files:
 * lists and details, a conflict, a membership history, in English and Kazakh.
 */
class RendererGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        LoadResult r = KbLoader.load(List.of(KbSource.directory(Path.of("src/test/resources/golden-kb"))));
        Assertions.assertThat(r.problems()).isEmpty();
        kb = r.kb();
    }

    static Stream<Arguments> cases() {
        return Format.RECORDS.stream().flatMap(f -> Stream.of(
                Arguments.of(f, "treaties-list", Lang.EN),
                Arguments.of(f, "events-list", Lang.EN),
                Arguments.of(f, "institutions-list", Lang.KK),
                Arguments.of(f, "treaty-conflict", Lang.EN),
                Arguments.of(f, "institution-csto", Lang.RU),
                Arguments.of(f, "trade-figure", Lang.EN)));
    }

    @ParameterizedTest(name = "{1} as {0} in {2}")
    @MethodSource("cases")
    void rendersAsTheGoldenFileSays(Format format, String view, Lang lang) {
        Renderer renderer = format.renderer(100);
        String out = render(w -> {
            switch (view) {
                case "treaties-list" -> renderer.list(new ListView(RecordType.TREATY, kb.ofType(RecordType.TREATY), lang, kb), w);
                case "events-list" -> renderer.list(new ListView(RecordType.EVENT, kb.ofType(RecordType.EVENT), lang, kb), w);
                case "institutions-list" -> renderer.list(new ListView(RecordType.INSTITUTION, kb.ofType(RecordType.INSTITUTION), lang, kb), w);
                case "treaty-conflict" -> renderer.detail(new DetailView(record("trilateral-eternal-friendship-1997"), lang, kb), w);
                case "institution-csto" -> renderer.detail(new DetailView(record("csto"), lang, kb), w);
                default -> renderer.detail(new DetailView(record("trade-2011-kz-mfa"), lang, kb), w);
            }
        });
        String ext = switch (format) {
            case TABLE -> "txt";
            case MD -> "md";
            case JSON -> "json";
            case CSV -> "csv";
            case SVG, TEXT, BIBTEX, CSL_JSON, CSL_YAML, RIS -> throw new IllegalArgumentException("records are not rendered as " + format);
        };
        Golden.assertMatches(GOLDEN.resolve(view + "." + lang.name().toLowerCase(Locale.ROOT) + "." + ext), out);
    }

    private static KbRecord record(String id) {
        return kb.get(id).orElseThrow();
    }

    private static String render(Consumer<PrintWriter> body) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        body.accept(w);
        w.flush();
        return s.toString();
    }
}
