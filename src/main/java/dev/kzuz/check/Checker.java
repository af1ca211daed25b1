package dev.kzuz.check;

import dev.kzuz.model.Claim;
import dev.kzuz.model.ClaimStatus;
import dev.kzuz.model.DateRange;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Sourced;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.model.Verdict;
import dev.kzuz.query.Fold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a draft against the knowledge base. Two kinds of evidence: a sentence that names a
 * record (by any title or other name, in any language) together with a date is compared with
 * the record's date and its competing claims; and a sentence that repeats a known claim of an
 * essay (recognised by the claim's word groups) gets that claim's verdict. Trade figures with a
 * year and an amount are compared with the figures reported for that year.
 */
public final class Checker {
    /** What a finding says of the draft. */
    public enum Kind {
        /** The draft says what public sources contradict. */
        CONTRADICTION,
        /** The draft repeats a value the knowledge base keeps as a known error. */
        KNOWN_ERROR,
        /** No public source confirms what the draft says, or sources are divided. */
        UNCONFIRMED,
        /** The draft agrees with the knowledge base. */
        CONFIRMED;

        public boolean alarming() {
            return this == CONTRADICTION || this == KNOWN_ERROR;
        }
    }

    /** One finding: where, what the draft says, what the knowledge base says, and on what sources. */
    public record Finding(Kind kind, int line, String claim, String record, String knowledgeBase, List<String> sources) {
    }

    private static final Set<String> STOP = folded("the", "of", "and", "on", "in", "between", "a", "an", "for", "to", "with",
            "by", "at", "о", "и", "в", "на", "между", "по", "об", "для", "с", "со", "от", "туралы", "және", "мен", "пен", "бен",
            "арасындағы", "үшін", "republic", "republics", "республика", "республикой", "республикасы", "республикасының",
            "kazakhstan", "uzbekistan", "kyrgyzstan", "kyrgyz", "tajikistan", "turkmenistan", "казахстан", "узбекистан",
            "кыргызской", "қазақстан", "өзбекстан", "қырғыз", "government", "governments", "правительством", "үкіметі");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’ʻ]+");
    /**
     * The words of FOUNDING and TRADE: a sentence whose case-folded text (DraftDates.foldCase)
     * holds none of them cannot match, and is not searched with the pattern.
     */
    static final String[] FOUNDING_WORDS = {"found", "establish", "creat", "set up", "основ", "учрежд", "созда", "құрыл",
        "құру", "құрған"};
    static final String[] TRADE_WORDS = {"trade", "turnover", "товарооборот", "торгов", "тауар айналым", "сауда"};
    static final Pattern FOUNDING = Pattern.compile(
            // Not \b: since JDK 19 it marks ASCII word edges only, and missed every Cyrillic verb.
            "(?iu)(?<![\\p{L}\\p{N}])(" + String.join("|", FOUNDING_WORDS) + ")");
    static final Pattern TRADE = Pattern.compile("(?iu)(" + String.join("|", TRADE_WORDS) + ")");
    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");
    private static final Pattern BILLIONS = Pattern.compile("bn|billion|млрд|миллиард.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?iu)(?:\\$|usd|us\\$)?\\s*(\\d+(?:[.,]\\d+)?)\\s*(bn|billion|млрд|миллиард\\p{L}*|mln|million|млн|миллион\\p{L}*)");

    /** A record and the word lists that name it. */
    private record Names(KbRecord record, List<Lexicon.Phrase> titles, List<Lexicon.Phrase> aliases) {
    }

    /** An essay claim and its word groups, folded. */
    private record ClaimWords(EssayClaim claim, List<Lexicon.Phrase> groups) {
    }

    /** A trade figure and how a finding shows it ("$4.5 bn (KZ government)"): formatting money is slow enough to do once. */
    private record Figure(TradeFigure trade, String shown) {
    }

    /** A record dated to the day, with a place, and the folded names of that place. */
    private record Placed(DatedRecord record, List<Lexicon.Phrase> placeNames) {
    }

    /** A record named in a sentence, how fully, and where. */
    private record Mention(KbRecord record, double coverage, int offset) {
    }

    private final KnowledgeBase kb;
    private final List<Names> names = new ArrayList<>();
    private final List<ClaimWords> claims = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();
    private final List<Figure> figures;
    /** Every word of every name above, and which names and claims use it. */
    private final Lexicon lexicon = new Lexicon();
    private final Map<Integer, BitSet> namesUsing = new HashMap<>();
    private final Map<Integer, BitSet> claimsUsing = new HashMap<>();
    /** Sentence words folded so far: a draft repeats its words, and folding is the costly part of reading one. */
    private final Map<String, List<String>> folded = new HashMap<>();

    public Checker(KnowledgeBase kb) {
        this.kb = kb;
        for (RecordType t : List.of(RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION)) {
            for (KbRecord r : kb.ofType(t)) {
                List<Lexicon.Phrase> titles = new ArrayList<>();
                r.title().asMap().values().forEach(v -> titles.add(lexicon.add(content(v))));
                List<Lexicon.Phrase> aliases = new ArrayList<>();
                r.aliases().forEach(a -> aliases.add(lexicon.add(Fold.tokens(a))));
                using(namesUsing, names.size(), titles);
                using(namesUsing, names.size(), aliases);
                names.add(new Names(r, titles, aliases));
            }
        }
        for (EssayClaim c : kb.ofType(RecordType.CLAIM, EssayClaim.class)) {
            List<Lexicon.Phrase> groups = c.match().stream().map(m -> lexicon.add(Fold.tokens(m))).toList();
            using(claimsUsing, claims.size(), groups);
            claims.add(new ClaimWords(c, groups));
        }
        for (RecordType t : List.of(RecordType.TREATY, RecordType.EVENT)) {
            for (DatedRecord r : kb.ofType(t, DatedRecord.class)) {
                if (r.place() != null && r.date().start().precision() == PartialDate.Precision.DAY) {
                    placed.add(new Placed(r, placeNames(r.place())));
                }
            }
        }
        figures = kb.ofType(RecordType.TRADE, TradeFigure.class).stream()
                .filter(t -> t.kind().equals("figure") && !t.partial() && t.period() != null && t.turnover() != null)
                .map(t -> new Figure(t, dev.kzuz.render.Projection.money(t.turnover(), t) + " (" + dev.kzuz.render.Projection.reporter(t) + ")"))
                .toList();
    }

    /** Notes that the name or claim at {@code index} uses the phrases' words. */
    private static void using(Map<Integer, BitSet> using, int index, List<Lexicon.Phrase> phrases) {
        for (Lexicon.Phrase phrase : phrases) {
            for (int id : phrase.ids()) {
                using.computeIfAbsent(id, k -> new BitSet()).set(index);
            }
        }
    }

    /** A place's names and aliases, folded; none when the id names no place. */
    private List<Lexicon.Phrase> placeNames(String placeId) {
        return kb.get(placeId, dev.kzuz.model.Place.class).map(p -> {
            List<String> all = new ArrayList<>(p.name().asMap().values());
            all.addAll(p.aliases());
            return all.stream().map(Fold::tokens).filter(n -> !n.isEmpty()).map(lexicon::add).toList();
        }).orElse(List.of());
    }

    /** Which of the names or claims indexed in {@code using} share a word with the sentence. */
    private static BitSet candidates(Map<Integer, BitSet> using, Lexicon.Reading words) {
        BitSet out = new BitSet();
        for (int w : words.found()) {
            BitSet b = using.get(w);
            if (b != null) {
                out.or(b);
            }
        }
        return out;
    }

    public List<Finding> check(Draft draft) {
        List<Finding> out = new ArrayList<>();
        for (Draft.Sentence s : draft.sentences()) {
            Lexicon.Reading words = lexicon.read(words(s.text()));
            List<DraftDates.Found> dates = DraftDates.find(s.text());
            List<Finding> structured = new ArrayList<>();
            if (!dates.isEmpty()) {
                String folded = DraftDates.foldCase(s.text());
                structured.addAll(dates(draft, s, words, dates, folded));
                structured.addAll(trade(draft, s, dates, folded));
            }
            List<Finding> known = essayClaims(draft, s, words);
            Set<String> explained = new HashSet<>();
            for (Finding f : known) {
                EssayClaim c = kb.get(f.record(), EssayClaim.class).orElseThrow();
                explained.addAll(c.records());
            }
            for (Finding f : structured) {
                // An essay claim recognised in the sentence speaks for its records; a date that
                // merely agrees must not hide, say, wrong parties.
                if (f.kind() == Kind.CONFIRMED && explained.contains(f.record())) {
                    continue;
                }
                out.add(f);
            }
            Set<String> alarmed = new HashSet<>();
            structured.stream().filter(f -> f.kind().alarming()).forEach(f -> alarmed.add(f.record()));
            for (Finding f : known) {
                EssayClaim c = kb.get(f.record(), EssayClaim.class).orElseThrow();
                if (c.records().stream().noneMatch(alarmed::contains)) {
                    out.add(f);
                }
            }
        }
        // Contradictions first, then unconfirmed, then confirmed; each in the draft's order.
        out.sort(Comparator.comparingInt((Finding f) -> f.kind().alarming() ? 0 : f.kind().ordinal()).thenComparingInt(Finding::line));
        return out;
    }

    // ---- a record named with a date -------------------------------------------------

    private List<Finding> dates(Draft draft, Draft.Sentence s, Lexicon.Reading words, List<DraftDates.Found> dates, String folded) {
        List<Mention> mentions = mentions(words);
        if (mentions.isEmpty()) {
            return List.of();
        }
        boolean founding = containsAny(folded, FOUNDING_WORDS) && FOUNDING.matcher(s.text()).find();
        // Several records may share a name ("Treaty of Eternal Friendship"): if any of them has
        // the date the draft gives, the draft is right about that one.
        List<Finding> out = new ArrayList<>();
        // A record one of the sentence's dates agrees with is settled: its other dates are about
        // something else ("the 1998 treaty, recalled in 2018").
        Set<String> settled = new HashSet<>();
        for (DraftDates.Found d : dates) {
            for (Mention m : mentions) {
                DateRange rd = dateOf(m.record(), founding);
                if (rd != null && overlaps(d.date(), rd)) {
                    settled.add(m.record().id());
                }
            }
        }
        if (!settled.isEmpty()) {
            // Records sharing a name with the one the sentence's date settles are not meant.
            double named = mentions.stream().filter(m -> settled.contains(m.record().id()))
                    .mapToDouble(Mention::coverage).max().orElse(0);
            mentions = mentions.stream().filter(m -> settled.contains(m.record().id()) || m.coverage() > named).toList();
        }
        for (DraftDates.Found d : dates) {
            List<Mention> all = nearest(mentions, d, s.text()).stream()
                    .filter(m -> !namesTheYear(m.record(), d)).toList();
            List<Mention> near = all.stream().filter(m -> !settled.contains(m.record().id())
                    || overlaps(d.date(), dateOf(m.record(), founding))).toList();
            Finding f = compare(draft, s, words, d, near, founding);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * What the knowledge base says of one date given for the records a sentence names: agrees
     * (at the date's precision), repeats a known error, is disputed, or contradicts. A record
     * dated less precisely than the draft neither confirms nor contradicts it.
     */
    private Finding compare(Draft draft, Draft.Sentence s, Lexicon.Reading words, DraftDates.Found d, List<Mention> near,
            boolean founding) {
        String said = d.text().replace('\n', ' ');
        for (Mention m : near) {
            DateRange recordDate = dateOf(m.record(), founding);
            if (recordDate != null && overlaps(d.date(), recordDate)
                    && recordDate.start().precision().compareTo(d.date().start().precision()) >= 0) {
                boolean onlyTheEssay = m.record() instanceof Sourced src && src.provenance().verdict() == Verdict.UNCONFIRMED;
                return new Finding(onlyTheEssay ? Kind.UNCONFIRMED : Kind.CONFIRMED, draft.lineOf(s.start() + d.offset()),
                        said + " (" + excerpt(m.record()) + ")", m.record().id(),
                        recordDate + (onlyTheEssay ? "; no public source confirms it" : ""), sources(m.record()));
            }
        }
        Finding atPlace = sameDateAndPlace(draft, s, words, d);
        if (atPlace != null) {
            return atPlace;
        }
        for (ClaimStatus status : List.of(ClaimStatus.REJECTED, ClaimStatus.OPEN)) {
            for (Mention m : near) {
                DateRange recordDate = dateOf(m.record(), founding);
                Claim c = matchingClaim(m.record(), d.date(), status);
                if (recordDate != null && c != null) {
                    int line = draft.lineOf(s.start() + d.offsetOfDifference(recordDate));
                    String rest = status == ClaimStatus.REJECTED
                            ? ", a known error" + (c.sources().contains("essay-kk") ? " of the essay" : "")
                            : "; sources are divided";
                    return new Finding(status == ClaimStatus.REJECTED ? Kind.KNOWN_ERROR : Kind.UNCONFIRMED, line,
                            said + " (" + excerpt(m.record()) + ")", m.record().id(), recordDate + rest, preferredSources(m.record()));
                }
            }
        }
        for (Mention m : near) {
            DateRange recordDate = dateOf(m.record(), founding);
            if (recordDate == null) {
                continue;
            }
            if (overlaps(d.date(), recordDate)) {
                return null; // the record is known less precisely than the draft says: nothing to say
            }
            int line = draft.lineOf(s.start() + d.offsetOfDifference(recordDate));
            return new Finding(Kind.CONTRADICTION, line, said + " (" + excerpt(m.record()) + ")", m.record().id(),
                    recordDate.toString(), preferredSources(m.record()));
        }
        return null;
    }

    /**
     * A day-precise date with a place the sentence names ("15 December 1995 … in Zhambyl") that
     * a record has: the sentence is about that record, whatever its words call it.
     */
    private Finding sameDateAndPlace(Draft draft, Draft.Sentence s, Lexicon.Reading words, DraftDates.Found d) {
        if (d.date().start().precision() != PartialDate.Precision.DAY) {
            return null;
        }
        for (Placed p : placed) {
            DatedRecord r = p.record();
            if (overlaps(d.date(), r.date()) && p.placeNames().stream().anyMatch(n -> find(words, n) >= 0)) {
                boolean onlyTheEssay = r.provenance().verdict() == Verdict.UNCONFIRMED;
                return new Finding(onlyTheEssay ? Kind.UNCONFIRMED : Kind.CONFIRMED, draft.lineOf(s.start() + d.offset()),
                        d.text().replace('\n', ' ') + " (" + excerpt(r) + ")", r.id(), r.date().toString(), sources(r));
            }
        }
        return null;
    }

    /** "Kazakhstan 2030": a year that is part of the record's name is no date. */
    private static boolean namesTheYear(KbRecord r, DraftDates.Found d) {
        if (d.date().start().precision() != dev.kzuz.model.PartialDate.Precision.YEAR) {
            return false;
        }
        String year = String.valueOf(d.date().start().year());
        return r.title().asMap().values().stream().anyMatch(t -> t.contains(year)) && !(r instanceof DatedRecord dr
                && String.valueOf(dr.date().start().year()).equals(year));
    }

    /** The mentions nearest to a date, best named first; only those named nearly in full. */
    private static List<Mention> nearest(List<Mention> mentions, DraftDates.Found d, String text) {
        double best = mentions.stream().mapToDouble(Mention::coverage).max().orElse(0);
        return mentions.stream().filter(m -> m.coverage() >= best - 0.01)
                .sorted(Comparator.comparingInt((Mention m) -> Math.abs(m.offset() - d.offset())))
                .toList();
    }

    private static DateRange dateOf(KbRecord r, boolean founding) {
        if (r instanceof DatedRecord d) {
            return d.date();
        }
        if (r instanceof Institution i && founding && i.founded() != null && i.founded().date() != null) {
            return DateRange.of(i.founded().date());
        }
        return null;
    }

    private static boolean overlaps(DateRange a, DateRange b) {
        return !a.latest().isBefore(b.earliest()) && !a.earliest().isAfter(b.latest());
    }

    private static Claim matchingClaim(KbRecord r, DateRange date, ClaimStatus status) {
        if (!(r instanceof Sourced s)) {
            return null;
        }
        for (Claim c : s.provenance().claims()) {
            if (c.status() == status && (c.field().equals("date") || c.field().equals("founded"))) {
                try {
                    if (overlaps(date, DateRange.parse(c.value()))) {
                        return c;
                    }
                } catch (IllegalArgumentException notADate) {
                    // a content claim: not comparable with a date
                }
            }
        }
        return null;
    }

    private List<Mention> mentions(Lexicon.Reading words) {
        List<Mention> out = new ArrayList<>();
        BitSet named = candidates(namesUsing, words);
        for (int k = named.nextSetBit(0); k >= 0; k = named.nextSetBit(k + 1)) {
            Names n = names.get(k);
            double best = 0;
            int at = -1;
            for (Lexicon.Phrase alias : n.aliases()) {
                int pos = find(words, alias);
                if (pos >= 0 && String.join("", alias.words()).length() >= 3) {
                    best = 1.0;
                    at = pos;
                }
            }
            for (Lexicon.Phrase title : n.titles()) {
                if (title.words().size() < 2) {
                    continue;
                }
                int matched = 0;
                int first = -1;
                for (int t : title.ids()) {
                    int pos = words.position(t);
                    if (pos >= 0) {
                        matched++;
                        first = first < 0 ? pos : Math.min(first, pos);
                    }
                }
                double coverage = (double) matched / title.words().size();
                if (matched >= 2 && coverage >= 0.66 && coverage > best) {
                    best = coverage;
                    at = first;
                }
                // A title's opening words name it too ("Алматинская декларация …").
                int lead = leadingWords(words, title);
                if (lead >= 2 && String.join("", title.words().subList(0, lead)).length() >= 12 && best < 0.7) {
                    best = 0.7;
                    at = words.position(title.ids()[0]);
                }
            }
            if (best > 0) {
                out.add(new Mention(n.record(), best, at));
            }
        }
        return out;
    }

    /**
     * How many of a title's first words stand in the sentence one after another, at the first
     * place where at least two do.
     */
    private static int leadingWords(Lexicon.Reading words, Lexicon.Phrase title) {
        List<Lexicon.Word> sentence = words.words();
        List<String> t = title.words();
        int from = words.index(title.ids()[0]);
        for (int i = Math.max(from, 0); from >= 0 && i < sentence.size(); i++) {
            int k = 0;
            while (k < t.size() && i + k < sentence.size() && Lexicon.sameWord(sentence.get(i + k).folded(), t.get(k))) {
                k++;
            }
            if (k >= 2) {
                return k;
            }
        }
        return 0;
    }

    /** Where a phrase's words all stand in the sentence (any order): the first of them, or -1. */
    private static int find(Lexicon.Reading words, Lexicon.Phrase phrase) {
        int first = -1;
        for (int p : phrase.ids()) {
            int pos = words.position(p);
            if (pos < 0) {
                return -1;
            }
            first = first < 0 ? pos : Math.min(first, pos);
        }
        return first;
    }

    // ---- a known claim of an essay ----------------------------------------------------

    private List<Finding> essayClaims(Draft draft, Draft.Sentence s, Lexicon.Reading words) {
        List<Finding> out = new ArrayList<>();
        BitSet named = candidates(claimsUsing, words);
        for (int k = named.nextSetBit(0); k >= 0; k = named.nextSetBit(k + 1)) {
            EssayClaim c = claims.get(k).claim();
            for (Lexicon.Phrase tokens : claims.get(k).groups()) {
                int pos = find(words, tokens);
                if (pos >= 0 && !tokens.isEmpty()) {
                    Kind kind = switch (c.verdict()) {
                        case CONFLICT -> Kind.KNOWN_ERROR;
                        case UNCONFIRMED -> Kind.UNCONFIRMED;
                        default -> Kind.CONFIRMED;
                    };
                    out.add(new Finding(kind, draft.lineOf(s.start() + pos), excerpt(s.text(), pos), c.id(),
                            claimSays(c), claimSources(c)));
                    break;
                }
            }
        }
        return out;
    }

    private String claimSays(EssayClaim c) {
        String verdict = c.verdict() == Verdict.CONFLICT ? "contradicted" : c.verdict() == Verdict.UNCONFIRMED
                ? "not confirmed by any public source" : "confirmed";
        String note = c.note() == null ? "" : " " + c.note();
        return (c.code() == null ? "" : c.code() + " ") + verdict + "." + note + (c.records().isEmpty() ? "" : " See " + String.join(", ", c.records()) + ".");
    }

    private List<String> claimSources(EssayClaim c) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : c.records()) {
            kb.get(id).ifPresent(r -> out.addAll(preferredSources(r)));
        }
        return List.copyOf(out);
    }

    // ---- trade figures ----------------------------------------------------------------

    private List<Finding> trade(Draft draft, Draft.Sentence s, List<DraftDates.Found> dates, String folded) {
        if (!containsAny(folded, TRADE_WORDS) || !TRADE.matcher(s.text()).find()) {
            return List.of();
        }
        Matcher a = AMOUNT.matcher(s.text());
        if (!a.find()) {
            return List.of();
        }
        BigDecimal amount = new BigDecimal(a.group(1).replace(',', '.'))
                .multiply(BILLIONS.matcher(a.group(2).toLowerCase(Locale.ROOT)).matches()
                        ? BigDecimal.valueOf(1_000_000_000L) : BigDecimal.valueOf(1_000_000L));
        DraftDates.Found year = dates.stream().filter(d -> d.date().start().precision() == dev.kzuz.model.PartialDate.Precision.YEAR)
                .min(Comparator.comparingInt(d -> Math.abs(d.offset() - a.start()))).orElse(null);
        if (year == null) {
            return List.of();
        }
        int y = year.date().start().year();
        List<Figure> figures = this.figures.stream().filter(f -> f.trade().period().start().year() == y).toList();
        int line = draft.lineOf(s.start() + a.start());
        String said = a.group().strip() + " (" + y + ")";
        if (figures.isEmpty()) {
            return List.of(new Finding(Kind.UNCONFIRMED, line, said, "", "no turnover figure for " + y, List.of()));
        }
        List<String> sources = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (Figure f : figures) {
            TradeFigure t = f.trade();
            BigDecimal diff = t.turnover().subtract(amount).abs();
            // Within 5%, or within the rounding of the figure as the draft writes it.
            if (diff.compareTo(t.turnover().multiply(FIVE_PERCENT)) <= 0) {
                return List.of(new Finding(Kind.CONFIRMED, line, said, t.id(), f.shown(), t.provenance().sources()));
            }
            values.append(values.length() == 0 ? "" : "; ").append(f.shown());
            sources.addAll(t.provenance().sources());
        }
        return List.of(new Finding(Kind.CONTRADICTION, line, said, figures.get(0).trade().id(), values.toString(), sources));
    }

    // ---- helpers ----------------------------------------------------------------------

    private List<Lexicon.Word> words(String text) {
        List<Lexicon.Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (folded.size() > 100_000) {
                folded.clear(); // a draft of endless distinct words: memory stays bounded
            }
            for (String t : folded.computeIfAbsent(m.group(), Fold::tokens)) {
                out.add(new Lexicon.Word(t, m.start()));
            }
        }
        return out;
    }

    static boolean containsAny(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> content(String title) {
        return Fold.tokens(title).stream().filter(t -> !STOP.contains(t)).toList();
    }

    private static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(Fold.key(w));
        }
        return out;
    }

    private static List<String> sources(KbRecord r) {
        return r instanceof Sourced s ? s.provenance().sources() : List.of();
    }

    private static List<String> preferredSources(KbRecord r) {
        if (!(r instanceof Sourced s)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>(s.provenance().sources());
        for (Claim c : s.provenance().claims()) {
            if (c.status() == ClaimStatus.REJECTED) {
                out.removeAll(c.sources());
            }
        }
        return List.copyOf(out);
    }

    private static String excerpt(KbRecord r) {
        String t = r.title().resolve(dev.kzuz.model.Lang.EN).text();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    private static String excerpt(String sentence, int at) {
        String s = SPACES.matcher(sentence).replaceAll(" ").strip();
        return s.length() > 100 ? s.substring(0, 99) + "…" : s;
    }

}
