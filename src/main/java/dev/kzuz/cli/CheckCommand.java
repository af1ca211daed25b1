package dev.kzuz.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.kzuz.check.Checker;
import dev.kzuz.check.Draft;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

final class CheckCommand extends BaseCommand {
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private final Arg<String> fileArg = new Arg<>(null);
    private final Arg<Boolean> unconfirmedArg = new Arg<>(false);
    private final Arg<Boolean> allArg = new Arg<>(false);
    private final Arg<String> formatArg = new Arg<>("text");
    private String file;
    private boolean unconfirmed;
    private boolean all;

    CheckCommand() {
        super("check", "Reports each sentence that contradicts the sourced record, or repeats a claim the knowledge base keeps as a known error,",
                "as FILE:LINE: <claim> — knowledge base: <value> (<sources>). Exit 5 when anything contradicts, 0 otherwise.");
        spec.addPositional(Model.parameter("1", "DRAFT", fileArg, "The draft to check (UTF-8 text or Markdown), or - for standard input.").build());
        spec.addOption(Model.flag("--unconfirmed", unconfirmedArg, "Also list the claims no public source confirms.").build());
        spec.addOption(Model.flag("--all", allArg, "Also list the claims that agree with the knowledge base (and the unconfirmed ones).").build());
        spec.addOption(Model.option("--format", "FORMAT", String.class, formatArg, "text (default) or json, for editors.")
                .completionCandidates(new Candidates.CheckFormats()).build());
    }

    @Override
    protected ExitCode run() {
        file = fileArg.value();
        unconfirmed = unconfirmedArg.value();
        all = allArg.value();
        String format = formatArg.value();
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "'" + format + "' is not a check format: text or json");
        }
        Draft draft = new Draft(read());
        List<Checker.Finding> findings = new Checker(kb()).check(draft).stream()
                .filter(f -> f.kind().alarming() || all || unconfirmed && f.kind() == Checker.Kind.UNCONFIRMED)
                .toList();
        long alarms = findings.stream().filter(f -> f.kind().alarming()).count();
        if (format.equals("json")) {
            json(findings, alarms);
        } else {
            text(findings, alarms);
        }
        return alarms > 0 ? ExitCode.CONTRADICTS : ExitCode.OK;
    }

    private String name() {
        return file.equals("-") ? "<stdin>" : file;
    }

    private String read() {
        byte[] bytes;
        try {
            if (file.equals("-")) {
                bytes = System.in.readNBytes(MAX_BYTES + 1);
            } else {
                Path p = Path.of(file);
                if (!Files.exists(p)) {
                    throw new KzuzException(ExitCode.USAGE, "no such file: " + file);
                }
                if (Files.isDirectory(p)) {
                    throw new KzuzException(ExitCode.USAGE, file + " is a folder, not a draft");
                }
                if (Files.size(p) > MAX_BYTES) {
                    throw new KzuzException(ExitCode.USAGE, file + " is larger than 10 MiB; check a draft, not a library");
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (IOException e) {
            throw new KzuzException(ExitCode.USAGE, "cannot read " + name() + " (" + e.getClass().getSimpleName() + ")");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new KzuzException(ExitCode.USAGE, name() + " looks like a binary file, not a text draft");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text.replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw new KzuzException(ExitCode.USAGE, name() + " is not UTF-8 text; save it as UTF-8 and check again");
        }
    }

    private void text(List<Checker.Finding> findings, long alarms) {
        PrintWriter out = out();
        String last = null;
        for (Checker.Finding f : findings) {
            String section = f.kind().alarming() ? null : f.kind() == Checker.Kind.UNCONFIRMED ? "Unconfirmed:" : "Confirmed:";
            if (section != null && !section.equals(last)) {
                out.println();
                out.println(section);
            }
            last = section;
            out.println(name() + ":" + f.line() + ": " + dev.kzuz.render.Text.oneLine(f.claim()) + " — knowledge base: "
                    + dev.kzuz.render.Text.oneLine(f.knowledgeBase())
                    + (f.sources().isEmpty() ? "" : " (" + String.join(", ", f.sources()) + ")"));
        }
        out.println((findings.isEmpty() ? "" : "\n") + alarms + " contradiction(s)"
                + (all || unconfirmed ? ", " + findings.stream().filter(f -> f.kind() == Checker.Kind.UNCONFIRMED).count() + " unconfirmed" : "")
                + (all ? ", " + findings.stream().filter(f -> f.kind() == Checker.Kind.CONFIRMED).count() + " confirmed" : "")
                + " in " + name());
    }

    private void json(List<Checker.Finding> findings, long alarms) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out());
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent));
            g.writeStartObject();
            g.writeStringField("file", name());
            g.writeNumberField("contradictions", alarms);
            g.writeArrayFieldStart("findings");
            for (Checker.Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                g.writeNumberField("line", f.line());
                g.writeStringField("claim", f.claim());
                g.writeStringField("record", f.record());
                g.writeStringField("knowledge_base", f.knowledgeBase());
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
