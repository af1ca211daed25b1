package dev.kzuz.kb;

import dev.kzuz.model.Claim;
import dev.kzuz.model.ClaimStatus;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.FormerName;
import dev.kzuz.model.Founding;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.Lang;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Membership;
import dev.kzuz.model.MembershipStatus;
import dev.kzuz.model.Person;
import dev.kzuz.model.Place;
import dev.kzuz.model.Provenance;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Reporter;
import dev.kzuz.model.Source;
import dev.kzuz.model.Standing;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns YAML mappings into records of one type, reporting every problem with its location. */
final class RecordMapper {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern ESSAY_CODE = Pattern.compile("E\\d+");
    private static final Pattern LINES = Pattern.compile("\\d+(-\\d+)?");

    private final List<KbProblem> problems;

    RecordMapper(List<KbProblem> problems) {
        this.problems = problems;
    }

    /** The record in {@code node}, or null when it is too broken to build (problems say why). */
    KbRecord map(RecordType type, YNode node) {
        if (!(node instanceof YNode.YMap map)) {
            problems.add(new KbProblem(node.at(), "a " + type.noun() + " record must be a mapping, not " + node.shape()));
            return null;
        }
        Fields f = new Fields(map, problems);
        int before = problems.size();
        String id = f.string("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            f.problem(f.at("id"), "id '" + id + "' must be a lowercase slug (letters, digits, single hyphens)");
        }
        KbRecord record = switch (type) {
            case TREATY, EVENT -> dated(type, id, f);
            case INSTITUTION -> institution(id, f);
            case TRADE -> trade(id, f);
            case SOURCE -> source(id, f);
            case PLACE -> place(id, f);
            case CLAIM -> essayClaim(id, f);
        };
        f.rejectUnknown();
        return problems.size() > before ? null : record;
    }

    /** A record's official and descriptive titles and the sources of the official ones; English in one of the two. */
    private record Titles(LocalizedText official, LocalizedText descriptive, LocalizedText sources) {
        static Titles read(Fields f) {
            LocalizedText official = f.localized("title", false);
            LocalizedText descriptive = f.localized("descriptive_title", false);
            LocalizedText sources = f.localized("title_sources", false);
            if (official == null && f.has("title") || descriptive == null && f.has("descriptive_title")) {
                return null;  // reported where it is malformed
            }
            boolean en = official != null && official.asMap().containsKey(Lang.EN)
                    || descriptive != null && descriptive.asMap().containsKey(Lang.EN);
            if (!en) {
                f.problem(f.at(), "needs an English ('en') text in 'title' or 'descriptive_title'");
                return null;
            }
            return new Titles(official, descriptive, sources);
        }
    }

    private DatedRecord dated(RecordType type, String id, Fields f) {
        Titles title = Titles.read(f);
        List<String> aliases = f.strings("aliases", false);
        String kind = f.oneOf("kind", true, type == RecordType.TREATY ? Vocabulary.TREATY_KINDS : Vocabulary.EVENT_KINDS);
        var date = f.dateRange("date", true);
        String place = f.string("place", false);
        List<String> parties = f.strings("parties", true);
        LocalizedText status = f.prose("status", false);
        List<String> related = f.strings("related", false);
        LocalizedText summary = f.localized("summary", false);
        Provenance provenance = provenance(f);
        if (id == null || title == null || kind == null || date == null || provenance == null) {
            return null;
        }
        return new DatedRecord(type, id, title.official(), title.descriptive(), title.sources(), aliases, kind, date, place,
                parties, status, related, summary, provenance);
    }

    private Institution institution(String id, Fields f) {
        Titles title = Titles.read(f);
        List<FormerName> names = formerNames(f);
        List<String> aliases = f.strings("aliases", false);
        String kind = f.oneOf("kind", true, Vocabulary.INSTITUTION_KINDS);
        Founding founded = null;
        YNode.YMap fm = f.mapping("founded", false);
        if (fm != null) {
            Fields ff = new Fields(fm, problems);
            founded = new Founding(ff.date("date", false), ff.string("place", false),
                    ff.localized("document", false), ff.string("treaty", false));
            ff.rejectUnknown();
        }
        var dissolved = f.date("dissolved", false);
        var lastRecorded = f.date("last_recorded", false);
        String seat = f.string("seat", false);
        LocalizedText purpose = f.localized("purpose", false);
        List<LocalizedText> bodies = new ArrayList<>();
        for (YNode b : f.items("bodies", false)) {
            LocalizedText body = Fields.localized("bodies", b, true, problems);
            if (body != null) {
                bodies.add(body);
            }
        }
        LocalizedText fate = f.localized("fate", false);
        List<Membership> members = new ArrayList<>();
        for (YNode m : f.items("members", false)) {
            Membership membership = membership(m);
            if (membership != null) {
                members.add(membership);
            }
        }
        List<String> related = f.strings("related", false);
        LocalizedText summary = f.localized("summary", false);
        Provenance provenance = provenance(f);
        if (id == null || title == null || kind == null || provenance == null) {
            return null;
        }
        return new Institution(id, title.official(), title.descriptive(), title.sources(), names, aliases, kind, founded, dissolved,
                lastRecorded, seat, purpose, bodies, fate, members, related, summary, provenance);
    }

    /** The earlier names under 'names', each a mapping of name, until and sources. */
    private List<FormerName> formerNames(Fields f) {
        List<FormerName> names = new ArrayList<>();
        for (YNode n : f.items("names", false)) {
            if (!(n instanceof YNode.YMap map)) {
                problems.add(new KbProblem(n.at(), "an earlier name must be a mapping with 'name', 'until' and 'sources', not " + n.shape()));
                continue;
            }
            Fields nf = new Fields(map, problems);
            LocalizedText name = nf.localized("name", true);
            var until = nf.date("until", true);
            List<String> sources = nf.strings("sources", true);
            nf.rejectUnknown();
            if (name != null && until != null) {
                names.add(new FormerName(name, until, sources));
            }
        }
        return names;
    }

    private Membership membership(YNode node) {
        if (!(node instanceof YNode.YMap map)) {
            problems.add(new KbProblem(node.at(), "a member entry must be a mapping, not " + node.shape()));
            return null;
        }
        Fields f = new Fields(map, problems);
        String country = f.string("country", true);
        String status = f.oneOf("status", true, Vocabulary.MEMBERSHIP_STATUSES);
        var from = f.date("from", false);
        var to = f.date("to", false);
        List<String> sources = f.strings("sources", false);
        LocalizedText note = f.prose("note", false);
        f.rejectUnknown();
        if (country == null || status == null) {
            return null;
        }
        return new Membership(country, MembershipStatus.valueOf(status.toUpperCase(Locale.ROOT)), from, to, sources, note);
    }

    private TradeFigure trade(String id, Fields f) {
        LocalizedText title = f.localized("title", false);
        String kind = f.oneOf("kind", true, Vocabulary.TRADE_KINDS);
        var period = f.dateRange("period", "figure".equals(kind));
        Reporter reporter = null;
        YNode.YMap rm = f.mapping("reporter", "figure".equals(kind));
        if (rm != null) {
            Fields rf = new Fields(rm, problems);
            reporter = new Reporter(rf.string("country", false), rf.oneOf("kind", true, Vocabulary.REPORTER_KINDS));
            rf.rejectUnknown();
        }
        boolean money = f.has("turnover") || f.has("exports") || f.has("imports");
        String currency = f.string("currency", money);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            f.problem(f.at("currency"), "currency '" + currency + "' must be an ISO 4217 code such as USD");
        }
        var turnover = f.decimal("turnover");
        var exports = f.decimal("exports");
        var imports = f.decimal("imports");
        var growth = f.decimal("growth");
        boolean approximate = f.bool("approximate");
        var set = f.date("set", false);
        LocalizedText summary = f.localized("summary", false);
        Provenance provenance = provenance(f);
        if (id == null || kind == null || provenance == null) {
            return null;
        }
        return new TradeFigure(id, title, kind, period, reporter, currency, turnover, exports, imports, growth,
                approximate, set, summary, provenance);
    }

    private Source source(String id, Fields f) {
        String kind = f.oneOf("kind", true, Vocabulary.SOURCE_KINDS);
        String title = f.string("title", false);
        String titleEn = f.string("title_en", false);
        LocalizedText described = f.localized("descriptive_title", false);
        if (title == null && (described == null || !described.asMap().containsKey(Lang.EN)) && !f.has("title")) {
            f.problem(f.at(), "needs its 'title' as published, or a 'descriptive_title' with an English ('en') text");
        }
        String language = f.string("language", false);
        List<Person> authors = new ArrayList<>();
        for (YNode a : f.items("authors", false)) {
            if (a instanceof YNode.YMap am) {
                Fields af = new Fields(am, problems);
                String family = af.string("family", true);
                String given = af.string("given", false);
                af.rejectUnknown();
                if (family != null) {
                    authors.add(new Person(family, given));
                }
            } else {
                problems.add(new KbProblem(a.at(), "an author must be a mapping with 'family' and 'given'"));
            }
        }
        String site = f.string("site", false);
        String publisher = f.string("publisher", false);
        String place = f.string("place", false);
        Integer year = f.integer("year");
        Integer pages = f.integer("pages");
        var date = f.date("date", false);
        String url = f.string("url", false);
        if (url != null && !URL.matcher(url).matches()) {
            f.problem(f.at("url"), "url '" + url + "' must start with http:// or https:// and hold no spaces");
        }
        var accessed = f.date("accessed", false);
        if (accessed != null && url == null) {
            f.problem(f.at("accessed"), "'accessed' only makes sense with a 'url'");
        }
        String number = f.string("number", false);
        String issuedBy = f.string("issued_by", false);
        String database = f.string("database", false);
        String standing = f.oneOf("standing", false, Vocabulary.SOURCE_STANDINGS);
        String verdict = f.oneOf("verdict", false, Vocabulary.VERDICTS);
        List<String> cites = f.strings("cites", false);
        String note = f.string("note", false);
        if (id == null || kind == null || title == null && (described == null || !described.asMap().containsKey(Lang.EN))) {
            return null;
        }
        return new Source(id, kind, standing == null ? null : Standing.valueOf(standing.toUpperCase(Locale.ROOT)), title, titleEn,
                described, language, authors, site, publisher, place, year, pages, date, url, accessed, number, issuedBy, database,
                verdict == null ? null : Verdict.valueOf(verdict.toUpperCase(Locale.ROOT)), cites, note);
    }

    private Place place(String id, Fields f) {
        LocalizedText name = f.localized("name", true);
        List<FormerName> names = formerNames(f);
        List<String> aliases = f.strings("aliases", false);
        String country = f.string("country", false);
        if (id == null || name == null) {
            return null;
        }
        return new Place(id, name, names, aliases, country);
    }

    private EssayClaim essayClaim(String id, Fields f) {
        String essay = f.string("essay", true);
        String code = f.string("code", false);
        if (code != null && !ESSAY_CODE.matcher(code).matches()) {
            f.problem(f.at("code"), "code '" + code + "' must look like E12");
        }
        String lines = f.string("lines", true);
        if (lines != null && !LINES.matcher(lines).matches()) {
            f.problem(f.at("lines"), "lines '" + lines + "' must be a line number or a range such as 38-39");
        }
        LocalizedText text = f.localized("text", true);
        String verdict = f.oneOf("verdict", true, Vocabulary.VERDICTS);
        List<String> records = f.strings("records", false);
        List<String> match = f.strings("match", false);
        LocalizedText note = f.prose("note", false);
        if (id == null || essay == null || lines == null || text == null || verdict == null) {
            return null;
        }
        return new EssayClaim(id, essay, code, lines, text, Verdict.valueOf(verdict.toUpperCase(Locale.ROOT)), records,
                match, note);
    }

    private Provenance provenance(Fields f) {
        List<String> sources = f.strings("sources", true);
        String verdict = f.oneOf("verdict", true, Vocabulary.VERDICTS);
        List<Claim> claims = new ArrayList<>();
        for (YNode c : f.items("claims", false)) {
            Claim claim = claim(c);
            if (claim != null) {
                claims.add(claim);
            }
        }
        List<String> essayClaims = f.strings("essay_claims", false);
        for (String e : essayClaims) {
            if (!ESSAY_CODE.matcher(e).matches()) {
                f.problem(f.at("essay_claims"), "essay claim '" + e + "' must look like E12");
            }
        }
        LocalizedText note = f.prose("note", false);
        if (verdict == null) {
            return null;
        }
        return new Provenance(sources, Verdict.valueOf(verdict.toUpperCase(Locale.ROOT)), claims, essayClaims, note);
    }

    private Claim claim(YNode node) {
        if (!(node instanceof YNode.YMap map)) {
            problems.add(new KbProblem(node.at(), "a claim must be a mapping, not " + node.shape()));
            return null;
        }
        Fields f = new Fields(map, problems);
        String field = f.string("field", true);
        LocalizedText value = f.prose("value", true);
        List<String> sources = f.strings("sources", true);
        String status = f.oneOf("status", true, Vocabulary.CLAIM_STATUSES);
        LocalizedText note = f.prose("note", false);
        f.rejectUnknown();
        if (field == null || value == null || status == null) {
            return null;
        }
        return new Claim(field, value, sources, ClaimStatus.valueOf(status.toUpperCase(Locale.ROOT)), note);
    }
}
