package dev.kzuz.props;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kzuz.check.DraftDates;
import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.DateRange;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.DateText;
import dev.kzuz.render.Format;
import dev.kzuz.render.ListView;
import dev.kzuz.render.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Round trips: a date written out is read back as the same date; records written as YAML load
 * back as the same records; and every machine-readable renderer's output parses back to the
 * same data (text made safe: control characters gone, one line).
 */
class RoundTripProperties {

    /** A record as the loader should read it back. */
    record Spec(String id, String title, PartialDate date, List<String> parties) {
    }

    @Provide
    Arbitrary<PartialDate> dates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2099);
        Arbitrary<Integer> months = Arbitraries.integers().between(0, 12);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 28);
        return Combinators.combine(years, months, days).as((y, m, d) -> new PartialDate(y, m, m == 0 ? 0 : d));
    }

    @Property(tries = 1000)
    void isoDatesRoundTrip(@ForAll("dates") PartialDate d) {
        assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
    }

    /** Dates close together, so that years, months and first days often tie. */
    @Provide
    Arbitrary<PartialDate> closeDates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1995, 1996);
        Arbitrary<Integer> months = Arbitraries.of(0, 1, 2, 12);
        Arbitrary<Integer> days = Arbitraries.of(0, 1, 28, 29, 31);
        return Combinators.combine(years, months, days).filter((y, m, d) -> m != 0 || d == 0)
                .filter((y, m, d) -> d == 0 || d <= java.time.YearMonth.of(y, m).lengthOfMonth())
                .as(PartialDate::new);
    }

    @Property(tries = 3000)
    void datesOrderByTheirFirstThenLastDay(@ForAll("closeDates") PartialDate a, @ForAll("closeDates") PartialDate b) {
        int expected = a.earliest().compareTo(b.earliest());
        if (expected == 0) {
            expected = a.latest().compareTo(b.latest());
        }
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
    }

    @Property(tries = 600)
    void writtenDatesReadBackInEveryLanguage(@ForAll("dates") PartialDate d, @ForAll Lang lang, @ForAll @IntRange(min = 0, max = 3) int span) {
        if (lang == Lang.UZ) {
            return;
        }
        int endDay = Math.min(28, d.day() + span);
        DateRange range = d.precision() == PartialDate.Precision.DAY && endDay > d.day()
                ? new DateRange(d, new PartialDate(d.year(), d.month(), endDay)) : DateRange.of(d);
        String text = DateText.format(range, lang);
        List<DraftDates.Found> found = DraftDates.find("Text before, " + text + ", text after.");
        assertThat(found).as(text).hasSize(1);
        assertThat(found.get(0).date()).as(text).isEqualTo(range);
    }

    @Provide
    Arbitrary<String> texts() {
        // Letters of the three languages, the characters that break formats, and control codes.
        return Arbitraries.strings().withChars("abcxyzАБВжқңөәі ,.;:|\"'`*_#<>[]{}()\\\n\t\u001b\u0007\u202e=+-@")
                .ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank() && !Text.oneLine(s).isEmpty());
    }

    @Provide
    Arbitrary<List<Spec>> records() {
        Arbitrary<Spec> one = Combinators.combine(texts(), dates(), Arbitraries.of("KZ", "UZ", "KG", "TJ").list().ofMinSize(1).ofMaxSize(3).uniqueElements())
                .as((title, date, parties) -> new Spec(null, title, date, parties));
        return one.list().ofMinSize(1).ofMaxSize(8).map(list -> {
            List<Spec> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Spec s = list.get(i);
                out.add(new Spec("rec-" + i, s.title(), s.date(), s.parties()));
            }
            return out;
        });
    }

    private static KnowledgeBase load(List<Spec> specs) throws IOException {
        Path dir = Files.createTempDirectory("kzuz-props");
        try {
            List<Map<String, Object>> yaml = new ArrayList<>();
            for (Spec s : specs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", s.id());
                m.put("title", Map.of("en", s.title()));
                m.put("kind", "treaty");
                m.put("date", s.date().toString());
                m.put("parties", s.parties());
                m.put("verdict", "unconfirmed");
                m.put("sources", List.of("src"));
                yaml.add(m);
            }
            Files.createDirectories(dir.resolve("treaties"));
            Files.createDirectories(dir.resolve("sources"));
            new YAMLMapper().writeValue(dir.resolve("treaties/t.yaml").toFile(), yaml);
            Files.writeString(dir.resolve("sources/s.yaml"), "- {id: src, kind: report, title: A source}\n");
            LoadResult r = KbLoader.load(List.of(KbSource.directory(dir)));
            assertThat(r.problems()).isEmpty();
            return r.kb();
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 60)
    void recordsWrittenAsYamlLoadBackTheSame(@ForAll("records") List<Spec> specs) throws IOException {
        KnowledgeBase kb = load(specs);
        for (Spec s : specs) {
            DatedRecord r = kb.get(s.id(), DatedRecord.class).orElseThrow();
            assertThat(r.title().resolve(Lang.EN).text()).isEqualTo(s.title().strip());
            assertThat(r.date().start()).isEqualTo(s.date());
            assertThat(r.parties()).isEqualTo(s.parties());
        }
    }

    private static String render(Format f, KnowledgeBase kb) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        List<KbRecord> treaties = kb.ofType(RecordType.TREATY);
        f.renderer(200).list(new ListView(RecordType.TREATY, treaties, Lang.EN, kb), w);
        w.flush();
        return s.toString();
    }

    @Property(tries = 60)
    void jsonCsvAndMarkdownParseBackToTheSameData(@ForAll("records") List<Spec> specs) throws Exception {
        KnowledgeBase kb = load(specs);
        Map<String, Spec> byId = new LinkedHashMap<>();
        specs.forEach(s -> byId.put(s.id(), s));

        JsonNode json = new ObjectMapper().readTree(render(Format.JSON, kb));
        for (JsonNode n : json) {
            Spec s = byId.get(n.get("id").asText());
            assertThat(n.get("title").get("en").asText()).isEqualTo(s.title().strip());
            assertThat(n.get("date").asText()).isEqualTo(s.date().toString());
        }

        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(render(Format.CSV, kb))).getRecords();
        assertThat(csv).hasSize(specs.size());
        for (CSVRecord row : csv) {
            Spec s = byId.get(row.get("id"));
            String expected = Text.oneLine(s.title());
            String cell = row.get("title");
            // A cell a spreadsheet would run as a formula is defused with a leading quote.
            assertThat(cell.startsWith("'") && "=+-@".indexOf(expected.charAt(0)) >= 0 ? cell.substring(1) : cell).isEqualTo(expected);
            assertThat(row.get("date")).isEqualTo(s.date().toString());
        }

        String md = render(Format.MD, kb);
        var doc = org.commonmark.parser.Parser.builder()
                .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build().parse(md);
        List<String> titles = new ArrayList<>();
        doc.accept(new org.commonmark.node.AbstractVisitor() {
            int column;

            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof org.commonmark.ext.gfm.tables.TableRow) {
                    column = 0;
                } else if (node instanceof org.commonmark.ext.gfm.tables.TableCell cell) {
                    if (!cell.isHeader() && column == 1) {
                        titles.add(text(cell));
                    }
                    column++;
                }
                visitChildren(node);
            }
        });
        List<String> expected = kb.ofType(RecordType.TREATY).stream().map(r -> Text.oneLine(r.title().resolve(Lang.EN).text())).toList();
        assertThat(titles).isEqualTo(expected);
        assertThat(md).doesNotContain("\u001b", "\u0007", "\u202e");
        assertThat(render(Format.TABLE, kb)).doesNotContain("\u001b", "\u0007", "\u202e");
    }

    /** The literal text of a Markdown node, as a reader sees it. */
    private static String text(org.commonmark.node.Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text t) {
                b.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code c) {
                b.append('`').append(c.getLiteral()).append('`');
            }

            @Override
            public void visit(org.commonmark.node.HtmlInline h) {
                b.append(h.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Emphasis e) {
                b.append(e.getOpeningDelimiter());
                visitChildren(e);
                b.append(e.getClosingDelimiter());
            }

            @Override
            public void visit(org.commonmark.node.StrongEmphasis e) {
                b.append(e.getOpeningDelimiter());
                visitChildren(e);
                b.append(e.getClosingDelimiter());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak s) {
                b.append(' ');
            }
        });
        return b.toString();
    }

    @Property(tries = 2000)
    void randomYamlNeverEscapesAsAnException(@ForAll @Size(max = 200) List<@net.jqwik.api.constraints.CharRange(from = ' ', to = '~') Character> chars,
                                             @ForAll("yamlish") String yamlish) throws IOException {
        StringBuilder b = new StringBuilder();
        chars.forEach(b::append);
        for (String text : List.of(b.toString(), yamlish)) {
            Path dir = Files.createTempDirectory("kzuz-yaml");
            try {
                Files.createDirectories(dir.resolve("treaties"));
                Files.writeString(dir.resolve("treaties/x.yaml"), text, StandardCharsets.UTF_8);
                LoadResult r = KbLoader.load(List.of(KbSource.directory(dir)));
                assertThat(r).isNotNull();
            } finally {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.of("- ", "id: ", "title: ", "{en: ", "}", "[", "]", "&a ", "*a", "\n", "  ", "'", "\"", ": ", "date: ",
                "1998", "-", "parties: ", "KZ", ", ", "? ", "!!str ", "|\n", ">\n", "#", "---\n", "...\n", "%YAML 1.2\n", "\t")
                .list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
