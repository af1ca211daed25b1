package dev.kzuz.cli;

import dev.kzuz.model.Catalogue;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.kzuz.check.Checker;
import dev.kzuz.check.Draft;
import dev.kzuz.render.Format;
import dev.kzuz.render.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ParameterException;

final class CheckCommand extends BaseCommand {
    /** How much of a record's title a report line shows (JSON gives it whole). */
    private static final int TITLE_SHOWN = 80;
    private final Arg<String> fileArg = new Arg<>(null);
    private final Arg<Boolean> unconfirmedArg = new Arg<>(false);
    private final Arg<Boolean> allArg = new Arg<>(false);
    private final Arg<String> formatArg = new Arg<>("text");
    /** The draft's name as given: raw in JSON (which escapes it), through Text.oneLine in text. */
    private String name;
    private boolean unconfirmed;
    private boolean all;

    CheckCommand() {
        super("check");
        spec.addPositional(Model.parameter("1", "DRAFT", fileArg).build());
        spec.addOption(Model.flag("--unconfirmed", unconfirmedArg).build());
        spec.addOption(Model.flag("--all", allArg).build());
        spec.addOption(Model.option("--format", "FORMAT", String.class, formatArg)
                .completionCandidates(FormatOption.CHECK.words()).build());
    }

    @Override
    protected ExitCode run() {
        unconfirmed = unconfirmedArg.value();
        all = allArg.value();
        Format format = FormatOption.CHECK.find(formatArg.value());
        // check has always taken its two words exactly as written (editors' plug-ins send them so).
        if (format == null || !format.toString().equals(formatArg.value())) {
            throw new ParameterException(spec.commandLine(), FormatOption.CHECK.notTaken(formatArg.value()));
        }
        DraftInput.Read read = DraftInput.read(fileArg.value(), root.app().stdin());
        name = read.name();
        // A .txt draft is plain text, read whole; anything else (Markdown, standard input) for its prose.
        Draft draft = new Draft(read.text(), !read.name().toLowerCase(Locale.ROOT).endsWith(".txt"));
        List<Checker.Finding> findings = new Checker(kb(), options.lang()).check(draft).stream()
                .filter(f -> f.kind().alarming() || all || unconfirmed && f.kind() == Checker.Kind.UNCONFIRMED)
                .toList();
        long alarms = findings.stream().filter(f -> f.kind().alarming()).count();
        if (format == Format.JSON) {
            json(findings, alarms);
        } else {
            text(findings, alarms);
        }
        return alarms > 0 ? ExitCode.CONTRADICTS : ExitCode.OK;
    }

    private void text(List<Checker.Finding> findings, long alarms) {
        PrintWriter out = out();
        Catalogue w = Catalogue.of(options.lang());
        String last = null;
        for (Checker.Finding f : findings) {
            String section = f.kind().alarming() ? null
                    : w.get(f.kind() == Checker.Kind.UNCONFIRMED ? "check.heading.unconfirmed" : "check.heading.confirmed");
            if (section != null && !section.equals(last)) {
                out.println();
                out.println(section);
            }
            last = section;
            out.println(line(w, f));
        }
        long unconfirmedCount = findings.stream().filter(f -> f.kind() == Checker.Kind.UNCONFIRMED).count();
        long confirmedCount = findings.stream().filter(f -> f.kind() == Checker.Kind.CONFIRMED).count();
        out.println((findings.isEmpty() ? "" : "\n") + w.fill("check.summary", "n", String.valueOf(alarms), "file", Text.oneLine(name),
                "unconfirmed", all || unconfirmed ? w.fill("check.summary.unconfirmed", "n", String.valueOf(unconfirmedCount)) : "",
                "confirmed", all ? w.fill("check.summary.confirmed", "n", String.valueOf(confirmedCount)) : ""));
    }

    /** One finding as an editor's quickfix list reads it: FILE:LINE:COL: and the rest in the reader's language. */
    private String line(Catalogue w, Checker.Finding f) {
        String source = f.sources().isEmpty() ? "" : w.fill("check.source", "source", f.sources().get(0));
        String key = f.kind() == Checker.Kind.AMBIGUOUS ? "check.finding.ambiguous" : f.records().isEmpty() ? "check.finding.unrecorded" : "check.finding";
        String title = f.title().length() > TITLE_SHOWN ? f.title().substring(0, TITLE_SHOWN - 1) + "…" : f.title();
        return w.fill(key, "file", Text.oneLine(name), "line", String.valueOf(f.line()), "col", String.valueOf(f.column()),
                "claim", w.get("check.kind." + f.claim().code()), "found", Text.oneLine(f.found()), "title", Text.oneLine(title),
                "id", f.record(), "held", Text.oneLine(f.held()), "source", source);
    }

    private void json(List<Checker.Finding> findings, long alarms) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out());
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent));
            g.writeStartObject();
            g.writeStringField("file", name);
            g.writeNumberField("contradictions", alarms);
            g.writeArrayFieldStart("findings");
            for (Checker.Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("kind", f.kind().code());
                g.writeStringField("claim", f.claim().code());
                g.writeNumberField("line", f.line());
                g.writeNumberField("column", f.column());
                g.writeStringField("found", f.found());
                g.writeStringField("record", f.record());
                g.writeStringField("title", f.title());
                g.writeStringField("held", f.held());
                g.writeArrayFieldStart("records");
                for (String r : f.records()) {
                    g.writeString(r);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("sources");
                for (String s : f.sources()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out().println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
