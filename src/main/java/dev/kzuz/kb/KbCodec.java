package dev.kzuz.kb;

import dev.kzuz.model.Claim;
import dev.kzuz.model.ClaimStatus;
import dev.kzuz.model.DateRange;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.FormerName;
import dev.kzuz.model.Founding;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Membership;
import dev.kzuz.model.MembershipStatus;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.Person;
import dev.kzuz.model.Place;
import dev.kzuz.model.Provenance;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Reporter;
import dev.kzuz.model.Source;
import dev.kzuz.model.Standing;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.model.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled knowledge base, compiled at build time into a compact binary form that loads in
 * a few milliseconds: no YAML parser, no reflection on the start-up path. The YAML stays the
 * source of truth; 'kzuz validate' and --kb overlays still read YAML.
 */
public final class KbCodec {
    /** The compiled knowledge base: its file name, and its place in the jar. */
    public static final String FILE = "kb.bin";
    public static final String RESOURCE = "kb/" + FILE;
    /**
     * The shape of the records as the codec writes them, derived from the record classes by
     * KbCodecFormatTest (each record's components in order, with their types; the enums stored by
     * ordinal; the order of the types) and pinned here. A field added, dropped, moved or retyped
     * fails that test, which names the new value, so the format marks below follow the records.
     * A change to how this class encodes a kind of value (a date, a text) must change it by hand.
     */
    static final String SHAPE = "d1943de0";
    /** The format marks of a cached overlay file and of the bundle. */
    private static final String MAGIC = "KZUZKF-" + SHAPE;
    private static final String BUNDLE_MAGIC = "KZUZKB-" + SHAPE;

    private KbCodec() {
    }

    /**
     * The bundle: a table of every id by type with where its record starts, then one section per
     * type with its records in {@link KnowledgeBase#ofType} order, so that a command makes only
     * the records it reads. Each source starts with the text {@code sourceTexts} holds for its id
     * (the build's plain reference, which lists read without making the source; null when none),
     * stored as given: what the text says is the caller's business.
     */
    public static byte[] encode(KnowledgeBase kb, Map<String, String> sourceTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(BUNDLE_MAGIC);
        List<byte[]> sections = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            List<KbRecord> records = kb.ofType(type);
            ByteArrayOutputStream section = new ByteArrayOutputStream(1 << 16);
            DataOutputStream s = new DataOutputStream(section);
            out.writeInt(records.size());
            for (KbRecord r : records) {
                s.flush();
                out.writeUTF(r.id());
                out.writeInt(section.size());
                if (type == RecordType.SOURCE) {
                    // Before the record: what a list reads of a source without making it (its reference, its standing).
                    str(s, sourceTexts.get(r.id()));
                    Standing standing = ((Source) r).standing();
                    s.writeByte(standing == null ? -1 : standing.ordinal());
                }
                write(s, r);
            }
            s.flush();
            sections.add(section.toByteArray());
            out.writeInt(section.size());
        }
        for (byte[] section : sections) {
            out.write(section);
        }
        out.flush();
        return bytes.toByteArray();
    }

    public static KnowledgeBase decode(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        ByteReader data = new ByteReader(bytes);
        if (!BUNDLE_MAGIC.equals(data.readUTF())) {
            throw new IOException("not a compiled kzuz knowledge base (rebuild the jar)");
        }
        RecordType[] types = RecordType.values();
        Map<String, RecordType> typeOfId = new HashMap<>(1024);
        Map<String, Integer> startOfId = new HashMap<>(1024);
        int[] counts = new int[types.length];
        int[] lengths = new int[types.length];
        for (RecordType type : types) {
            int n = data.readInt();
            counts[type.ordinal()] = n;
            for (int k = 0; k < n; k++) {
                String id = data.readUTF();
                typeOfId.put(id, type);
                startOfId.put(id, data.readInt());
            }
            lengths[type.ordinal()] = data.readInt();
        }
        int[] offsets = new int[types.length];
        int at = bytes.length - data.available();
        for (RecordType type : types) {
            offsets[type.ordinal()] = at;
            at += lengths[type.ordinal()];
        }
        if (at != bytes.length) {
            throw new IOException("a compiled knowledge base of the wrong length (rebuild the jar)");
        }
        return KnowledgeBase.lazy(typeOfId, new CompiledRecords(bytes, offsets, lengths, counts, typeOfId, startOfId));
    }

    /** Makes records from their place in the bundle: one by id, or all of a type. */
    private record CompiledRecords(byte[] bytes, int[] offsets, int[] lengths, int[] counts, Map<String, RecordType> typeOfId,
            Map<String, Integer> startOfId) implements KnowledgeBase.Records {
        @Override
        public List<KbRecord> ofType(RecordType type) {
            int t = type.ordinal();
            ByteReader data = new ByteReader(bytes, offsets[t], lengths[t]);
            List<KbRecord> records = new ArrayList<>(counts[t]);
            try {
                for (int k = 0; k < counts[t]; k++) {
                    skipReference(data, type);
                    records.add(read(data, type));
                }
            } catch (IOException e) {
                throw damaged(e);
            }
            return records;
        }

        @Override
        public KbRecord get(String id) {
            RecordType type = typeOfId.get(id);
            int t = type.ordinal();
            int start = startOfId.get(id);
            try {
                ByteReader data = new ByteReader(bytes, offsets[t] + start, lengths[t] - start);
                skipReference(data, type);
                return read(data, type);
            } catch (IOException e) {
                throw damaged(e);
            }
        }

        @Override
        public String reference(String id) {
            int t = RecordType.SOURCE.ordinal();
            int start = startOfId.get(id);
            try {
                return str(new ByteReader(bytes, offsets[t] + start, lengths[t] - start));
            } catch (IOException e) {
                throw damaged(e);
            }
        }

        @Override
        public Standing standing(String id) {
            int t = RecordType.SOURCE.ordinal();
            int start = startOfId.get(id);
            try {
                ByteReader data = new ByteReader(bytes, offsets[t] + start, lengths[t] - start);
                data.skip(Math.max(data.readInt(), 0));
                byte standing = data.readByte();
                return standing < 0 ? null : Standing.values()[standing];
            } catch (IOException e) {
                throw damaged(e);
            }
        }

        private static void skipReference(ByteReader data, RecordType type) throws IOException {
            if (type == RecordType.SOURCE) {
                int n = data.readInt();
                data.skip(Math.max(n, 0) + 1);
            }
        }

        private static UncheckedIOException damaged(IOException e) {
            return new UncheckedIOException("the compiled knowledge base is damaged (rebuild the jar)", e);
        }
    }

    /** One overlay file's records with the line and column of each, for the overlay cache. */
    static byte[] encodeFile(List<KbRecord> records, List<Location> locations) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(MAGIC);
        out.writeInt(records.size());
        for (int k = 0; k < records.size(); k++) {
            out.writeByte(records.get(k).type().ordinal());
            out.writeInt(locations.get(k).line());
            out.writeInt(locations.get(k).column());
            write(out, records.get(k));
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** Reads what {@link #encodeFile} wrote (the first {@code length} bytes), adding the locations (in {@code file}) to the list given. */
    static List<KbRecord> decodeFile(byte[] bytes, int length, String file, List<Location> locations) throws IOException {
        ByteReader data = new ByteReader(bytes, 0, length);
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not a cached overlay file");
        }
        int n = data.readInt();
        List<KbRecord> records = new ArrayList<>(Math.min(n, 1 << 16));
        RecordType[] types = RecordType.values();
        for (int k = 0; k < n; k++) {
            RecordType type = types[data.readByte()];
            locations.add(new Location(file, data.readInt(), data.readInt()));
            records.add(read(data, type));
        }
        if (data.available() != 0) {
            throw new IOException("trailing bytes in a cached overlay file");
        }
        return records;
    }

    // ---- records ----------------------------------------------------------------------

    /** Writes a record's fields in the order {@link #read} reads them, which is its constructor's. */
    private static void write(DataOutputStream o, KbRecord r) throws IOException {
        try {
            r.match(new KbRecord.Cases<Void>() {
                @Override
                public Void dated(DatedRecord d) {
                    try {
                        KbCodec.dated(o, d);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }

                @Override
                public Void institution(Institution i) {
                    try {
                        KbCodec.institution(o, i);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }

                @Override
                public Void trade(TradeFigure t) {
                    try {
                        KbCodec.trade(o, t);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }

                @Override
                public Void source(Source s) {
                    try {
                        KbCodec.source(o, s);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }

                @Override
                public Void place(Place p) {
                    try {
                        KbCodec.place(o, p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }

                @Override
                public Void claim(EssayClaim c) {
                    try {
                        KbCodec.claim(o, c);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void dated(DataOutputStream o, DatedRecord d) throws IOException {
        str(o, d.id());
        text(o, d.title());
        text(o, d.descriptiveTitle());
        text(o, d.titleSources());
        strs(o, d.aliases());
        str(o, d.kind());
        range(o, d.date());
        str(o, d.place());
        strs(o, d.parties());
        text(o, d.status());
        strs(o, d.related());
        text(o, d.summary());
        provenance(o, d.provenance());
    }

    private static void institution(DataOutputStream o, Institution i) throws IOException {
        str(o, i.id());
        text(o, i.title());
        text(o, i.descriptiveTitle());
        text(o, i.titleSources());
        formerNames(o, i.names());
        strs(o, i.aliases());
        str(o, i.kind());
        o.writeBoolean(i.founded() != null);
        if (i.founded() != null) {
            date(o, i.founded().date());
            str(o, i.founded().place());
            text(o, i.founded().document());
            str(o, i.founded().treaty());
        }
        date(o, i.dissolved());
        date(o, i.lastRecorded());
        str(o, i.seat());
        text(o, i.purpose());
        o.writeInt(i.bodies().size());
        for (LocalizedText b : i.bodies()) {
            text(o, b);
        }
        text(o, i.fate());
        o.writeInt(i.members().size());
        for (Membership m : i.members()) {
            str(o, m.country());
            o.writeByte(m.status().ordinal());
            date(o, m.from());
            date(o, m.to());
            strs(o, m.sources());
            text(o, m.note());
        }
        strs(o, i.related());
        text(o, i.summary());
        provenance(o, i.provenance());
    }

    private static void trade(DataOutputStream o, TradeFigure t) throws IOException {
        str(o, t.id());
        text(o, t.title());
        str(o, t.kind());
        range(o, t.period());
        o.writeBoolean(t.reporter() != null);
        if (t.reporter() != null) {
            str(o, t.reporter().country());
            str(o, t.reporter().kind());
        }
        str(o, t.currency());
        decimal(o, t.turnover());
        decimal(o, t.exports());
        decimal(o, t.imports());
        decimal(o, t.growth());
        o.writeBoolean(t.approximate());
        date(o, t.set());
        text(o, t.summary());
        provenance(o, t.provenance());
    }

    private static void source(DataOutputStream o, Source s) throws IOException {
        str(o, s.id());
        str(o, s.kind());
        o.writeByte(s.standing() == null ? -1 : s.standing().ordinal());
        str(o, s.originalTitle());
        str(o, s.titleEn());
        text(o, s.descriptiveTitle());
        str(o, s.language());
        o.writeInt(s.authors().size());
        for (Person p : s.authors()) {
            str(o, p.family());
            str(o, p.given());
        }
        str(o, s.site());
        str(o, s.publisher());
        str(o, s.place());
        integer(o, s.year());
        integer(o, s.pages());
        date(o, s.date());
        str(o, s.url());
        date(o, s.accessed());
        str(o, s.number());
        str(o, s.issuedBy());
        str(o, s.database());
        o.writeByte(s.verdict() == null ? -1 : s.verdict().ordinal());
        strs(o, s.cites());
        str(o, s.note());
    }

    private static void place(DataOutputStream o, Place p) throws IOException {
        str(o, p.id());
        text(o, p.name());
        formerNames(o, p.names());
        strs(o, p.aliases());
        str(o, p.country());
    }

    private static void claim(DataOutputStream o, EssayClaim c) throws IOException {
        str(o, c.id());
        str(o, c.essay());
        str(o, c.code());
        str(o, c.lines());
        text(o, c.text());
        o.writeByte(c.verdict().ordinal());
        strs(o, c.records());
        strs(o, c.match());
        text(o, c.note());
    }

    private static KbRecord read(ByteReader i, RecordType type) throws IOException {
        return switch (type) {
            case TREATY, EVENT -> new DatedRecord(type, str(i), text(i), text(i), text(i), strs(i), str(i), range(i), str(i), strs(i), text(i),
                    strs(i), text(i), provenance(i));
            case INSTITUTION -> {
                String id = str(i);
                LocalizedText title = text(i);
                LocalizedText descriptiveTitle = text(i);
                LocalizedText titleSources = text(i);
                List<FormerName> names = formerNames(i);
                List<String> aliases = strs(i);
                String kind = str(i);
                Founding founded = i.readBoolean() ? new Founding(date(i), str(i), text(i), str(i)) : null;
                PartialDate dissolved = date(i);
                PartialDate lastRecorded = date(i);
                String seat = str(i);
                LocalizedText purpose = text(i);
                int nb = i.readInt();
                List<LocalizedText> bodies = new ArrayList<>(nb);
                for (int k = 0; k < nb; k++) {
                    bodies.add(text(i));
                }
                LocalizedText fate = text(i);
                int nm = i.readInt();
                List<Membership> members = new ArrayList<>(nm);
                MembershipStatus[] statuses = MembershipStatus.values();
                for (int k = 0; k < nm; k++) {
                    members.add(new Membership(str(i), statuses[i.readByte()], date(i), date(i), strs(i), text(i)));
                }
                yield new Institution(id, title, descriptiveTitle, titleSources, names, aliases, kind, founded, dissolved, lastRecorded, seat, purpose,
                        bodies, fate, members, strs(i), text(i), provenance(i));
            }
            case TRADE -> {
                String id = str(i);
                LocalizedText title = text(i);
                String kind = str(i);
                DateRange period = range(i);
                Reporter reporter = i.readBoolean() ? new Reporter(str(i), str(i)) : null;
                yield new TradeFigure(id, title, kind, period, reporter, str(i), decimal(i), decimal(i), decimal(i), decimal(i),
                        i.readBoolean(), date(i), text(i), provenance(i));
            }
            case SOURCE -> {
                String id = str(i);
                String kind = str(i);
                byte standing = i.readByte();
                String title = str(i);
                String titleEn = str(i);
                LocalizedText descriptiveTitle = text(i);
                String language = str(i);
                int na = i.readInt();
                List<Person> authors = new ArrayList<>(na);
                for (int k = 0; k < na; k++) {
                    authors.add(new Person(str(i), str(i)));
                }
                String site = str(i);
                String publisher = str(i);
                String place = str(i);
                Integer year = integer(i);
                Integer pages = integer(i);
                PartialDate date = date(i);
                String url = str(i);
                PartialDate accessed = date(i);
                String number = str(i);
                String issuedBy = str(i);
                String database = str(i);
                byte v = i.readByte();
                yield new Source(id, kind, standing < 0 ? null : Standing.values()[standing], title, titleEn, descriptiveTitle, language,
                        authors, site, publisher, place, year, pages, date, url, accessed, number, issuedBy, database,
                        v < 0 ? null : Verdict.values()[v], strs(i), str(i));
            }
            case PLACE -> new Place(str(i), text(i), formerNames(i), strs(i), str(i));
            case CLAIM -> new EssayClaim(str(i), str(i), str(i), str(i), text(i), Verdict.values()[i.readByte()], strs(i), strs(i),
                    text(i));
        };
    }

    // ---- parts ------------------------------------------------------------------------

    private static void formerNames(DataOutputStream o, List<FormerName> names) throws IOException {
        o.writeInt(names.size());
        for (FormerName n : names) {
            text(o, n.name());
            date(o, n.until());
            strs(o, n.sources());
        }
    }

    private static List<FormerName> formerNames(ByteReader i) throws IOException {
        int n = i.readInt();
        List<FormerName> names = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            names.add(new FormerName(text(i), date(i), strs(i)));
        }
        return names;
    }

    private static void provenance(DataOutputStream o, Provenance p) throws IOException {
        strs(o, p.sources());
        o.writeByte(p.verdict().ordinal());
        o.writeInt(p.claims().size());
        for (Claim c : p.claims()) {
            str(o, c.field());
            text(o, c.value());
            strs(o, c.sources());
            o.writeByte(c.status().ordinal());
            text(o, c.note());
        }
        strs(o, p.essayClaims());
        text(o, p.note());
    }

    private static Provenance provenance(ByteReader i) throws IOException {
        List<String> sources = strs(i);
        Verdict verdict = Verdict.values()[i.readByte()];
        int n = i.readInt();
        List<Claim> claims = new ArrayList<>(n);
        ClaimStatus[] statuses = ClaimStatus.values();
        for (int k = 0; k < n; k++) {
            claims.add(new Claim(str(i), text(i), strs(i), statuses[i.readByte()], text(i)));
        }
        return new Provenance(sources, verdict, claims, strs(i), text(i));
    }

    private static void str(DataOutputStream o, String s) throws IOException {
        if (s == null) {
            o.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(b.length);
        o.write(b);
    }

    private static String str(ByteReader i) throws IOException {
        int n = i.readInt();
        if (n < 0) {
            return null;
        }
        return i.utf8(n);
    }

    private static void strs(DataOutputStream o, List<String> list) throws IOException {
        o.writeInt(list.size());
        for (String s : list) {
            str(o, s);
        }
    }

    private static List<String> strs(ByteReader i) throws IOException {
        int n = i.readInt();
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(str(i));
        }
        return out;
    }

    private static void text(DataOutputStream o, LocalizedText t) throws IOException {
        Map<Lang, String> m = t == null ? Map.of() : t.asMap();
        o.writeByte(m.size());
        for (Map.Entry<Lang, String> e : m.entrySet()) {
            o.writeByte(e.getKey().ordinal());
            str(o, e.getValue());
        }
    }

    private static final Lang[] LANGS = Lang.values();

    private static LocalizedText text(ByteReader i) throws IOException {
        int n = i.readByte();
        if (n == 0) {
            return LocalizedText.empty();
        }
        Lang[] all = LANGS;
        Lang[] langs = new Lang[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int k = 0; k < n; k++) {
            langs[k] = all[i.readByte()];
            int length = i.readInt();
            starts[k] = i.position();
            i.skip(length);
            ends[k] = i.position();
        }
        return LocalizedText.compiled(i.array(), langs, starts, ends);
    }

    private static void date(DataOutputStream o, PartialDate d) throws IOException {
        o.writeShort(d == null ? 0 : d.year());
        o.writeByte(d == null ? 0 : d.month());
        o.writeByte(d == null ? 0 : d.day());
    }

    private static PartialDate date(ByteReader i) throws IOException {
        int y = i.readShort();
        int m = i.readByte();
        int d = i.readByte();
        return y == 0 ? null : new PartialDate(y, m, d);
    }

    private static void range(DataOutputStream o, DateRange r) throws IOException {
        date(o, r == null ? null : r.start());
        date(o, r == null ? null : r.end());
    }

    private static DateRange range(ByteReader i) throws IOException {
        PartialDate a = date(i);
        PartialDate b = date(i);
        return a == null ? null : new DateRange(a, b);
    }

    private static void decimal(DataOutputStream o, BigDecimal d) throws IOException {
        str(o, d == null ? null : d.toPlainString());
    }

    private static BigDecimal decimal(ByteReader i) throws IOException {
        String s = str(i);
        return s == null ? null : new BigDecimal(s);
    }

    private static void integer(DataOutputStream o, Integer v) throws IOException {
        o.writeBoolean(v != null);
        o.writeInt(v == null ? 0 : v);
    }

    private static Integer integer(ByteReader i) throws IOException {
        boolean present = i.readBoolean();
        int v = i.readInt();
        return present ? v : null;
    }
}
