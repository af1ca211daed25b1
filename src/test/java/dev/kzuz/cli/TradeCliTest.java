package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kzuz trade through the real command line, over the bundled figures. */
class TradeCliTest {
    @Test
    void fullYearsByDefaultPartialOnlyWhenAsked() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode rows = json.readTree(CliResult.run("trade", "--format", "json").out());
        rows.forEach(r -> assertThat(r.get("period").asText()).doesNotContain("/").hasSize(4));
        JsonNode withPartial = json.readTree(CliResult.run("trade", "--partial", "--format", "json").out());
        assertThat(withPartial.size()).isGreaterThan(rows.size());
        JsonNode first = rows.get(0);
        assertThat(first.get("turnover").isNumber()).as("exact numbers in json").isTrue();
    }

    @Test
    void reporterFilterAndTargets() throws Exception {
        JsonNode uz = new ObjectMapper().readTree(CliResult.run("trade", "--reporter", "uz", "--format", "json").out());
        uz.forEach(r -> assertThat(r.get("reporter").asText()).startsWith("UZ"));
        assertThat(CliResult.run("trade", "--targets", "--format", "csv")).exitCode(0).outContains("trade-target-2030-10bn-2025,target,2030");
        assertThat(CliResult.run("trade", "--reporter", "ru")).failedWith(2).errContains("is not kz, uz or all");
        assertThat(CliResult.run("trade", "--format", "pdf")).failedWith(2).errContains("is not a trade format");
    }

    @Test
    void terminalChartFitsTheWidth() {
        CliResult r = CliResult.run("trade", "--chart", "--since", "2015");
        assertThat(r).succeeded().outContains("Kazakhstan–Uzbekistan trade turnover, USD bn", "2022 KZ", "2022 UZ", "█", "Sources:");
        r.out().lines().forEach(l -> assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(100).isNotNegative());
    }

    @Test
    void chartImagesForAnEssay(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("trade.png");
        CliResult r = CliResult.run("trade", "--chart-out", png.toString(), "--lang", "kk");
        assertThat(r).exitCode(0).errContains("trade.png файлына жазылды");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(CliResult.run("trade", "--format", "svg", "--since", "2020")).succeeded().outContains("<svg", "</svg>");
        assertThat(CliResult.run("trade", "--chart-out", dir.resolve("x.pdf").toString())).failedWith(2).errContains(".svg or .png");
    }

    @Test
    void aBadFormatWithChartOutWritesNothing(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("x.svg");
        assertThat(CliResult.run("trade", "--chart-out", fresh.toString(), "--format", "docx")).failedWith(2)
                .errContains("'docx' is not a trade format");
        assertThat(fresh).doesNotExist();
        Path old = Files.writeString(dir.resolve("old.svg"), "<svg>my old chart</svg>");
        assertThat(CliResult.run("trade", "--chart-out", old.toString(), "--format", "docx")).failedWith(2);
        assertThat(Files.readString(old)).isEqualTo("<svg>my old chart</svg>");
        Path folder = Files.createDirectories(dir.resolve("charts.svg"));
        assertThat(CliResult.run("trade", "--chart-out", folder.toString())).failedWith(2)
                .errContains("--chart-out: " + folder + " is a folder, not a file");
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()).sorted()).containsExactly("charts.svg", "old.svg");
        }
    }

    @Test
    void aChartReplacesTheOldOneKeepingItsPermissions(@TempDir Path dir) throws Exception {
        Path old = Files.writeString(dir.resolve("trade.svg"), "<svg>my old chart</svg>");
        var groupOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(old, groupOnly);
        assertThat(CliResult.run("trade", "--chart-out", old.toString())).exitCode(0).errContains("chart written to " + old);
        assertThat(Files.readString(old)).startsWith("<?xml").contains("<svg");
        assertThat(Files.getPosixFilePermissions(old)).isEqualTo(groupOnly);
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactly("trade.svg");
        }
    }

    @Test
    void aChartNamedWithTerminalEscapesIsConfirmedWithoutThem(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("trade\u001b]0;owned\u0007\u001b[31m.svg");
        CliResult r = CliResult.run("trade", "--chart-out", chart.toString());
        assertThat(r).exitCode(0);
        assertThat(r.err()).isEqualTo("kzuz: chart written to " + dir + "/trade]0;owned[31m.svg\n");
        assertThat(chart).exists();
    }
}
