package dev.kzuz.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.kzuz.model.Claim;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.FormerName;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.Lang;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Membership;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.Person;
import dev.kzuz.model.Place;
import dev.kzuz.model.Provenance;
import dev.kzuz.model.Source;
import dev.kzuz.model.Sourced;
import dev.kzuz.model.TradeFigure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Full records as JSON, field names as in the YAML, in a stable order: an array for lists,
 * an object for one record. Text is written whole in every language (no --lang choice).
 */
final class JsonRenderer implements Renderer {

    @Override
    public void list(ListView v, PrintWriter out) {
        write(out, g -> {
            g.writeStartArray();
            for (KbRecord r : v.records()) {
                record(g, r);
            }
            g.writeEndArray();
        });
    }

    @Override
    public void rows(RowsView v, PrintWriter out) {
        write(out, g -> {
            g.writeStartArray();
            for (Map<String, Object> row : v.rows()) {
                g.writeStartObject();
                for (String k : v.keys()) {
                    Object value = row.get(k);
                    if (value instanceof Number n) {
                        g.writeFieldName(k);
                        g.writeNumber(n.toString());
                    } else if (value instanceof Money m) {
                        g.writeFieldName(k);
                        g.writeNumber(m.exact());
                    } else if (value instanceof Coded c) {
                        g.writeStringField(k, c.code());
                    } else if (value != null) {
                        g.writeStringField(k, value.toString());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    @Override
    public void detail(DetailView v, PrintWriter out) {
        write(out, g -> record(g, v.record()));
    }

    /**
     * Jackson escapes ASCII controls itself; C1 controls and format characters (bidi overrides,
     * zero-width joiners) would pass raw and can reorder or hide text in a terminal or editor.
     */
    private static final CharacterEscapes INVISIBLE_AS_ESCAPES = new CharacterEscapes() {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            int type = Character.getType(ch);
            if (type == Character.CONTROL || type == Character.FORMAT || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    };

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static void write(PrintWriter out, Body body) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            g.setCharacterEscapes(INVISIBLE_AS_ESCAPES);
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indent).withArrayIndenter(indent));
            body.write(g);
            g.flush();
            out.print("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void record(JsonGenerator g, KbRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("type", r.type().noun().replace(' ', '_'));
        r.match(new KbRecord.Cases<Void>() {
            @Override
            public Void dated(DatedRecord d) {
                try {
                    JsonRenderer.dated(g, d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }

            @Override
            public Void institution(Institution i) {
                try {
                    JsonRenderer.institution(g, i);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }

            @Override
            public Void trade(TradeFigure t) {
                try {
                    JsonRenderer.trade(g, t);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }

            @Override
            public Void source(Source s) {
                try {
                    JsonRenderer.source(g, s);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }

            @Override
            public Void place(Place p) {
                try {
                    JsonRenderer.place(g, p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }

            @Override
            public Void claim(EssayClaim c) {
                try {
                    JsonRenderer.claim(g, c);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }
        });
        if (r instanceof Sourced s) {
            provenance(g, s.provenance());
        }
        g.writeEndObject();
    }

    private static void dated(JsonGenerator g, DatedRecord d) throws IOException {
        text(g, "title", d.title());
        text(g, "descriptive_title", d.descriptiveTitle());
        text(g, "title_sources", d.titleSources());
        strings(g, "aliases", d.aliases());
        g.writeStringField("kind", d.kind());
        g.writeStringField("date", d.date().toString());
        string(g, "place", d.place());
        strings(g, "parties", d.parties());
        text(g, "status", d.status());
        strings(g, "related", d.related());
        text(g, "summary", d.summary());
    }

    private static void trade(JsonGenerator g, TradeFigure t) throws IOException {
        text(g, "title", t.title());
        g.writeStringField("kind", t.kind());
        string(g, "period", t.period() == null ? null : t.period().toString());
        if (t.reporter() != null) {
            g.writeObjectFieldStart("reporter");
            string(g, "country", t.reporter().country());
            string(g, "kind", t.reporter().kind());
            g.writeEndObject();
        }
        string(g, "currency", t.currency());
        number(g, "turnover", t.turnover());
        number(g, "exports", t.exports());
        number(g, "imports", t.imports());
        number(g, "growth", t.growth());
        if (t.approximate()) {
            g.writeBooleanField("approximate", true);
        }
        date(g, "set", t.set());
        g.writeBooleanField("partial", t.partial());
        text(g, "summary", t.summary());
    }

    private static void claim(JsonGenerator g, EssayClaim c) throws IOException {
        g.writeStringField("essay", c.essay());
        string(g, "code", c.code());
        g.writeStringField("lines", c.lines());
        text(g, "text", c.text());
        g.writeStringField("verdict", c.verdict().code());
        strings(g, "records", c.records());
        strings(g, "match", c.match());
        text(g, "note", c.note());
    }

    private static void place(JsonGenerator g, Place p) throws IOException {
        text(g, "name", p.name());
        formerNames(g, p.names());
        strings(g, "aliases", p.aliases());
        string(g, "country", p.country());
    }

    private static void institution(JsonGenerator g, Institution i) throws IOException {
        text(g, "title", i.title());
        text(g, "descriptive_title", i.descriptiveTitle());
        text(g, "title_sources", i.titleSources());
        formerNames(g, i.names());
        strings(g, "aliases", i.aliases());
        g.writeStringField("kind", i.kind());
        if (i.founded() != null) {
            g.writeObjectFieldStart("founded");
            date(g, "date", i.founded().date());
            string(g, "place", i.founded().place());
            text(g, "document", i.founded().document());
            string(g, "treaty", i.founded().treaty());
            g.writeEndObject();
        }
        date(g, "dissolved", i.dissolved());
        date(g, "last_recorded", i.lastRecorded());
        string(g, "seat", i.seat());
        text(g, "purpose", i.purpose());
        if (!i.bodies().isEmpty()) {
            g.writeArrayFieldStart("bodies");
            for (LocalizedText b : i.bodies()) {
                textObject(g, b);
            }
            g.writeEndArray();
        }
        text(g, "fate", i.fate());
        g.writeArrayFieldStart("members");
        for (Membership m : i.members()) {
            g.writeStartObject();
            g.writeStringField("country", m.country());
            g.writeStringField("status", m.status().code());
            date(g, "from", m.from());
            date(g, "to", m.to());
            strings(g, "sources", m.sources());
            text(g, "note", m.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "related", i.related());
        text(g, "summary", i.summary());
    }

    /** Earlier names, oldest first; none written when there are none. */
    private static void formerNames(JsonGenerator g, List<FormerName> names) throws IOException {
        if (names.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("names");
        for (FormerName n : names) {
            g.writeStartObject();
            text(g, "name", n.name());
            g.writeStringField("until", n.until().toString());
            strings(g, "sources", n.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStringField("kind", s.kind());
        string(g, "standing", s.standing() == null ? null : s.standing().name().toLowerCase(java.util.Locale.ROOT));
        string(g, "title", s.originalTitle());
        string(g, "title_en", s.titleEn());
        text(g, "descriptive_title", s.descriptiveTitle());
        string(g, "language", s.language());
        if (!s.authors().isEmpty()) {
            g.writeArrayFieldStart("authors");
            for (Person p : s.authors()) {
                g.writeStartObject();
                g.writeStringField("family", p.family());
                string(g, "given", p.given());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        string(g, "site", s.site());
        string(g, "publisher", s.publisher());
        string(g, "place", s.place());
        if (s.year() != null) {
            g.writeNumberField("year", s.year());
        }
        if (s.pages() != null) {
            g.writeNumberField("pages", s.pages());
        }
        date(g, "date", s.date());
        string(g, "url", s.url());
        date(g, "accessed", s.accessed());
        string(g, "number", s.number());
        string(g, "issued_by", s.issuedBy());
        string(g, "database", s.database());
        string(g, "verdict", s.verdict() == null ? null : s.verdict().code());
        strings(g, "cites", s.cites());
        string(g, "note", s.note());
    }

    private static void provenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeStringField("verdict", p.verdict().code());
        g.writeArrayFieldStart("claims");
        for (Claim c : p.claims()) {
            g.writeStartObject();
            g.writeStringField("field", c.field());
            text(g, "value", c.value());
            strings(g, "sources", c.sources());
            g.writeStringField("status", c.status().code());
            text(g, "note", c.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "essay_claims", p.essayClaims());
        text(g, "note", p.note());
        strings(g, "sources", p.sources());
    }

    private static void text(JsonGenerator g, String name, LocalizedText t) throws IOException {
        if (t != null && !t.isEmpty()) {
            g.writeFieldName(name);
            textObject(g, t);
        }
    }

    private static void textObject(JsonGenerator g, LocalizedText t) throws IOException {
        g.writeStartObject();
        for (Map.Entry<Lang, String> e : t.asMap().entrySet()) {
            g.writeStringField(e.getKey().code(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void date(JsonGenerator g, String name, PartialDate d) throws IOException {
        if (d != null) {
            g.writeStringField(name, d.toString());
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        if (v != null) {
            g.writeFieldName(name);
            // Exact decimal text, never a binary double.
            g.writeNumber(v.toPlainString());
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

}
