package dev.kzuz.render;

import dev.kzuz.model.Claim;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Source;
import dev.kzuz.model.Sourced;
import java.io.PrintWriter;
import java.util.List;

/** Pandoc/GitHub Markdown: pipe tables for lists, a headed section for one record, sources last. */
final class MarkdownRenderer implements Renderer {

    @Override
    public void list(ListView v, PrintWriter out) {
        if (v.records().isEmpty()) {
            out.print("*" + Labels.get("no_records", v.lang()) + "*\n");
            return;
        }
        table(Projection.list(v, false, true), v.lang(), out);
        List<Sourced> conflicts = Projection.conflicts(v.records());
        if (!conflicts.isEmpty()) {
            out.print("\n**" + Labels.get("conflicts", v.lang()) + "**\n\n");
            for (Sourced s : conflicts) {
                out.print("- " + cell(Projection.title((KbRecord) s, v.lang())) + ": " + claimsInline(s.provenance().claims(), v.lang()) + "\n");
            }
        }
        sources(Projection.sources(v.records(), v.kb()), v.lang(), out);
    }

    @Override
    public void detail(DetailView v, PrintWriter out) {
        Projection.Detail d = Projection.detail(v);
        out.print("## " + cell(d.heading()) + "\n\n");
        for (Projection.Field f : d.fields()) {
            out.print("- **" + Labels.get(f.key(), v.lang()) + ":** " + cell(f.value()) + "\n");
        }
        for (Projection.Section s : d.sections()) {
            out.print("\n### " + Labels.get(s.key(), v.lang()) + "\n\n");
            table(s.grid(), v.lang(), out);
        }
        sources(d.sources(), v.lang(), out);
    }

    private static String claimsInline(List<Claim> claims, Lang lang) {
        StringBuilder b = new StringBuilder();
        for (Claim c : claims) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(cell(c.field())).append(" ").append(cell(c.value())).append(" (")
                    .append(Labels.get(c.status().code(), lang)).append(", ").append(cell(String.join(", ", c.sources()))).append(")");
        }
        return b.toString();
    }

    private static void table(Grid g, Lang lang, PrintWriter out) {
        out.print("|");
        for (String h : g.header()) {
            out.print(" " + cell(Labels.get(h, lang)) + " |");
        }
        out.print("\n|");
        for (int k = 0; k < g.header().size(); k++) {
            out.print("---|");
        }
        out.print("\n");
        for (List<String> row : g.rows()) {
            out.print("|");
            for (String c : row) {
                out.print(" " + cell(c) + " |");
            }
            out.print("\n");
        }
    }

    private static void sources(List<Source> sources, Lang lang, PrintWriter out) {
        if (sources.isEmpty()) {
            return;
        }
        out.print("\n**" + Labels.get("sources", lang) + "**\n\n");
        for (Source s : sources) {
            out.print("- `" + s.id() + "`: " + cell(References.plain(s)) + "\n");
        }
    }

    /** One line, with the characters that would break a pipe table or start markup escaped. */
    static String cell(String s) {
        return Text.oneLine(s).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;");
    }
}
