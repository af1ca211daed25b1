package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.Timeline;
import dev.kzuz.render.chart.Caption;
import dev.kzuz.render.chart.ChartSize;
import dev.kzuz.render.chart.MembershipPicture;
import dev.kzuz.render.chart.Picture;
import dev.kzuz.render.chart.TimelinePicture;
import dev.kzuz.support.SvgShape;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three pictures through the real command line: what they draw (a mark per bar, period or
 * item, in the language asked), compared with golden SVGs by structure, and drawn by a real
 * renderer (Apache Batik) into an image that is not blank.
 */
class ChartsCliTest {
    private static final KnowledgeBase KB = KbLoader.load(List.of(KbSource.bundled())).kb();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Caption CAPTION = new Caption("Sources", List.of("A. Source, 2000."), List.of("Source, 2000"));

    @Test
    void theMembershipChartHasAPeriodPerStandingAndMarksFoundingAndDissolution() {
        CliResult r = CliResult.run("institutions", "csto", "eurasec", "cadb", "--format", "svg", "--lang", "ru");
        assertThat(r).succeeded();
        SvgShape svg = SvgShape.of(r.out());
        long periods = List.of("csto", "eurasec", "cadb").stream()
                .flatMap(id -> KB.get(id, Institution.class).orElseThrow().members().stream())
                .filter(m -> m.country().equals("KZ") || m.country().equals("UZ")).count();
        assertThat(svg.marks().stream().filter(m -> m.contains("#member-")).count()).isEqualTo(periods);
        assertThat(svg.marks()).anyMatch(m -> m.startsWith("withdrawn #member-csto-UZ"))
                .anyMatch(m -> m.startsWith("suspended #member-csto-UZ"))
                .anyMatch(m -> m.startsWith("dissolved #dissolved-eurasec"))
                .anyMatch(m -> m.startsWith("founded #founded-cadb"));
        assertThat(svg.textContents()).contains("Казахстан и Узбекистан в региональных и международных организациях",
                "окончание не указано", "продолжается");
        // --party draws only that country's lane.
        SvgShape kz = SvgShape.of(CliResult.run("institutions", "csto", "--party", "KZ", "--format", "svg").out());
        assertThat(kz.marks()).noneMatch(m -> m.contains("-UZ-")).anyMatch(m -> m.contains("#member-csto-KZ"));
    }

    @Test
    void theTimelineChartHasAnItemPerLineOfTheTimelineAndBandsForYearOnlyDates() {
        CliResult r = CliResult.run("timeline", "--since", "1998", "--until", "1998", "--format", "svg", "--lang", "kk");
        assertThat(r).succeeded();
        SvgShape svg = SvgShape.of(r.out());
        int lines = CliResult.run("timeline", "--since", "1998", "--until", "1998", "--format", "csv").out().strip().split("\n").length - 1;
        assertThat(svg.marks("item")).hasSize(lines);
        assertThat(svg.textContents()).contains("Қазақстан–Өзбекстан қатынастары: хронология", "шарт", "оқиға");
        assertThat(svg.textContents()).anyMatch(t -> t.startsWith("1998 жылғы 31 қазан — "));
    }

    @Test
    void goldenPicturesAgreeInStructure() {
        List<Institution> three = List.of("csto", "eurasec", "cadb").stream().map(id -> KB.get(id, Institution.class).orElseThrow()).toList();
        SvgShape.assertMatchesGolden(Path.of("src/test/resources/golden/charts/members.en.svg"),
                Picture.svg(new MembershipPicture(three, List.of("KZ", "UZ"), Lang.EN, CAPTION, TODAY), ChartSize.SCREEN), 2.0);
        List<Timeline.Item> items = Timeline.of(KB, dev.kzuz.model.PartialDate.parse("1998"), dev.kzuz.model.PartialDate.parse("1998"),
                Set.of(), EnumSet.of(RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION));
        SvgShape.assertMatchesGolden(Path.of("src/test/resources/golden/charts/timeline-1998.uz.svg"),
                Picture.svg(new TimelinePicture(items, Lang.UZ, CAPTION, dev.kzuz.model.PartialDate.parse("1998"),
                        dev.kzuz.model.PartialDate.parse("1998")), ChartSize.SCREEN), 2.0);
        CliResult trade = CliResult.run("trade", "--targets", "--format", "svg", "--lang", "kk");
        SvgShape.assertMatchesGolden(Path.of("src/test/resources/golden/charts/trade.kk.svg"), trade.out(), 2.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trade --targets", "institutions", "timeline --since 2017 --until 2019"})
    void aRealRendererDrawsEachPicture(String command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--format", "svg", "--lang", "uz"));
        String svg = CliResult.run(args.toArray(String[]::new)).out();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SvgShape.rendered(svg)));
        assertThat(image.getWidth()).isEqualTo(900);
        int inked = 0;
        boolean blue = false;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                inked += rgb == 0xffffff ? 0 : 1;
                blue |= rgb == 0x0072b2;
            }
        }
        assertThat(inked).as("pixels drawn").isGreaterThan(image.getWidth() * image.getHeight() / 4 / 50);
        assertThat(blue).as("a mark in Kazakhstan's or the treaties' blue").isTrue();
    }

    @Test
    void pngAndSvgFilesAtEachSizeAndBadInputIsOneLine(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("members.png");
        assertThat(CliResult.run("institutions", "--chart-out", png.toString(), "--size", "slides", "--lang", "kk")).exitCode(0)
                .errContains("members.png файлына жазылды");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2 * 1280);
        Path svg = dir.resolve("timeline.svg");
        assertThat(CliResult.run("timeline", "--since", "2024", "--chart-out", svg.toString(), "--size", "1000x600")).exitCode(0);
        assertThat(Files.readString(svg)).contains("width='1000.0' height='600.0'");
        assertThat(CliResult.run("trade", "--format", "svg", "--size", "a4").out()).contains("width='640.0' height='420.0'");
        assertThat(CliResult.run("trade", "--format", "svg", "--size", "700×400").out()).contains("width='700.0' height='400.0'");
        assertThat(CliResult.run("timeline", "--chart-out", dir.resolve("t.pdf").toString())).failedWith(2).errContains(".svg or .png");
        assertThat(CliResult.run("institutions", "--format", "svg", "--size", "huge")).failedWith(2)
                .errContains("--size: 'huge' is not a chart size (screen, slides, a4 or WIDTHxHEIGHT)");
        assertThat(CliResult.run("institutions", "nosuch", "--format", "svg")).failedWith(3).errContains("no institution 'nosuch'");
        assertThat(CliResult.run("institutions", "cadbx", "--format", "svg")).failedWith(3).errContains("did you mean 'cadb'");
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()).sorted()).containsExactly("members.png", "timeline.svg");
        }
    }

    /** The README shows each picture: the files it names are there, and are PNGs kzuz wrote (twice 900 wide). */
    @Test
    void theReadmeShowsEachPicture() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("!\\[[^]]*]\\((docs/[^)]+\\.png)\\)").matcher(readme);
        List<String> shown = new java.util.ArrayList<>();
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertThat(shown).containsExactly("docs/members.png", "docs/timeline.png", "docs/trade.png");
        for (String file : shown) {
            BufferedImage image = ImageIO.read(Path.of(file).toFile());
            assertThat(image).as(file).isNotNull();
            assertThat(image.getWidth()).as(file).isEqualTo(1800);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"institutions", "timeline"})
    void theTerminalGetsTheSamePictureAsText(String command) {
        CliResult r = CliResult.run(command, "--chart", "--lang", "ru");
        assertThat(r).succeeded();
        assertThat(r.out().lines()).allMatch(l -> l.codePointCount(0, l.length()) <= 100);
        assertThat(r.out()).contains(command.equals("timeline") ? "■" : "█");
    }
}
