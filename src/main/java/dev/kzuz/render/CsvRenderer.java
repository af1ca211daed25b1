package dev.kzuz.render;

import dev.kzuz.model.Claim;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.Sourced;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV with a header row; cells a spreadsheet would run as formulas are defused. */
final class CsvRenderer implements Renderer {

    @Override
    public void list(ListView v, PrintWriter out) {
        Grid g = Projection.list(v, true, true);
        List<String> header = new ArrayList<>(g.header());
        header.add("claims");
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < g.rows().size(); k++) {
            List<String> row = new ArrayList<>(g.rows().get(k));
            row.add(claims(v.records().get(k)));
            rows.add(row);
        }
        print(header, rows, out);
    }

    @Override
    public void rows(RowsView v, PrintWriter out) {
        Grid g = v.grid(true);
        print(g.header(), g.rows(), out);
    }

    @Override
    public void detail(DetailView v, PrintWriter out) {
        Projection.Detail d = Projection.detail(v);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("title", d.heading()));
        d.fields().forEach(f -> rows.add(List.of(f.key(), f.value())));
        for (Projection.Section s : d.sections()) {
            for (List<String> row : s.grid().rows()) {
                rows.add(List.of(s.key(), String.join(" | ", row)));
            }
        }
        d.sources().forEach(s -> rows.add(List.of("source", s.id() + ": " + References.plain(s, v.lang()))));
        print(List.of("field", "value"), rows, out);
    }

    private static String claims(KbRecord r) {
        if (!(r instanceof Sourced s)) {
            return "";
        }
        return s.provenance().claims().stream()
                .map((Claim c) -> c.field() + "=" + c.plainValue() + " (" + c.status().code() + "; " + String.join(" ", c.sources()) + ")")
                .collect(Collectors.joining(" | "));
    }

    private static void print(List<String> header, List<List<String>> rows, PrintWriter out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvRenderer::defuse).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell starting with = + - @ runs as a formula in spreadsheets unless it is a plain number. */
    static String defuse(String cell) {
        String c = Text.oneLine(cell);
        if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("[-+]?\\d+(\\.\\d+)?")) {
            return "'" + c;
        }
        return c;
    }
}
