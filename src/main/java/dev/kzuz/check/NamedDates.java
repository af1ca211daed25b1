package dev.kzuz.check;

import dev.kzuz.check.Checker.ClaimKind;
import dev.kzuz.check.Checker.Finding;
import dev.kzuz.check.Checker.Kind;
import dev.kzuz.check.RecordNames.Mention;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Claim;
import dev.kzuz.model.ClaimStatus;
import dev.kzuz.model.DateRange;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.FormerName;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.Place;
import dev.kzuz.model.Source;
import dev.kzuz.model.Sourced;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.model.Verdict;
import dev.kzuz.query.DateText;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a record named together with a date and compares the date with the record's: a treaty's
 * or event's date; an institution's founding or end where the sentence speaks of one. The date
 * agrees (at the draft's precision), repeats a value the record keeps as a known error, falls
 * where sources are divided, or contradicts. Records the sentence names by the same words
 * (namesakes) are told apart by the countries and place it names; where they still fit equally
 * and the date is right for none, the finding names them all (ambiguous).
 */
final class NamedDates {
    /** The kind of source that is an essay: a known error its claim repeats is "of the essay". */
    private static final String ESSAY = "essay";
    /** A sentence that speaks of a founding compares an institution's founding date. */
    static final Cue FOUNDING = Cue.wordStarts(WordLists.all(WordLists.FOUNDING_STARTS));
    /** A sentence that speaks of an end compares an institution's dissolution. */
    static final Cue DISSOLUTION = Cue.wordStarts(WordLists.all(WordLists.DISSOLUTION_STARTS));
    private static final java.util.regex.Pattern YEAR_RANGE = java.util.regex.Pattern.compile("\\d{4}\\s*[-–—]\\s*\\d{4}");
    private static final ClaimStatus[] COMPETING = {ClaimStatus.REJECTED, ClaimStatus.OPEN};
    private static final KbRecord.Cases<DateRange> DATE = new RecordDate(ClaimKind.DATE);
    private static final KbRecord.Cases<DateRange> FOUNDING_DATE = new RecordDate(ClaimKind.FOUNDING);
    private static final KbRecord.Cases<DateRange> DISSOLUTION_DATE = new RecordDate(ClaimKind.DISSOLUTION);

    private final KnowledgeBase kb;
    private final PlacedRecords placed;
    private final RecordChoice choice;
    private final Lang lang;
    private final Catalogue words;

    NamedDates(KnowledgeBase kb, PlacedRecords placed, RecordChoice choice, Lang lang) {
        this.lang = lang;
        this.words = Catalogue.of(lang);
        this.kb = kb;
        this.placed = placed;
        this.choice = choice;
    }

    /** One finding for each date of the sentence (but those in {@code taken}) given for a record it names. */
    List<Finding> find(DraftSentence s, Set<Integer> taken) {
        List<Integer> foundingAt = FOUNDING.offsetsIn(s);
        List<Integer> endAt = DISSOLUTION.offsetsIn(s);
        List<Mention> mentions = s.mentions();
        if (mentions.isEmpty() && (!foundingAt.isEmpty() || !endAt.isEmpty())) {
            mentions = Memberships.bodiesNamedFor(s); // "The community itself was dissolved in 2013."
        }
        if (mentions.isEmpty()) {
            return List.of();
        }
        List<DraftDates.Found> dates = new ArrayList<>();
        List<ClaimKind> kinds = new ArrayList<>();
        for (DraftDates.Found d : s.dates()) {
            if (!taken.contains(d.offset()) && !renames(mentions, d)) {
                dates.add(d);
                kinds.add(nearestCue(d.offset(), foundingAt, endAt));
            }
        }
        // Several records may share a name ("Treaty of Eternal Friendship"): if any of them has
        // the date the draft gives, the draft is right about that one. A record one of the
        // sentence's dates agrees with is settled: its other dates are about something else
        // ("the 1998 treaty, recalled in 2018").
        Set<String> settled = new HashSet<>();
        for (int k = 0; k < dates.size(); k++) {
            for (Mention m : mentions) {
                DateRange rd = dateOf(m.record(), kinds.get(k));
                if (rd != null && overlaps(dates.get(k).date(), rd) && !namesTheYear(m.record(), dates.get(k), s.text())) {
                    settled.add(m.record().id());
                }
            }
        }
        if (!settled.isEmpty()) {
            mentions = withoutNamesakesOfSettled(mentions, settled, s);
        }
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            DraftDates.Found d = dates.get(k);
            ClaimKind kind = kinds.get(k);
            List<Mention> valued = withValue(mentions, kind);
            if (valued.isEmpty() && kind != ClaimKind.DATE) {
                // "The community itself was dissolved in 2013, and the EAEU took its place": the
                // body named has no end; the one named before has.
                valued = withValue(Memberships.bodiesBefore(s), kind);
            }
            List<Mention> near = agreeing(valued, d, kind, s.text());
            for (Mention m : near.isEmpty() ? nearest(valued, d) : List.<Mention>of()) {
                if (!namesTheYear(m.record(), d, s.text())
                        && (!settled.contains(m.record().id()) || overlaps(d.date(), dateOf(m.record(), kind)))) {
                    near.add(m);
                }
            }
            Finding f = compare(s, d, near, kind);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the date is the year of a renaming of a named institution ("renamed in 1998 …"): no founding nor end. */
    private static boolean renames(List<Mention> mentions, DraftDates.Found d) {
        for (Mention m : mentions) {
            if (m.record() instanceof Institution i) {
                for (FormerName n : i.names()) {
                    if (n.until() != null && n.until().year() == d.date().start().year()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Founding or dissolution, by the cue nearest to the date; a plain date without either. */
    private static ClaimKind nearestCue(int offset, List<Integer> foundingAt, List<Integer> endAt) {
        int founding = distance(offset, foundingAt);
        int end = distance(offset, endAt);
        if (founding == Integer.MAX_VALUE && end == Integer.MAX_VALUE) {
            return ClaimKind.DATE;
        }
        return founding <= end ? ClaimKind.FOUNDING : ClaimKind.DISSOLUTION;
    }

    private static int distance(int offset, List<Integer> at) {
        int best = Integer.MAX_VALUE;
        for (int a : at) {
            best = Math.min(best, Math.abs(a - offset));
        }
        return best;
    }

    /**
     * Records sharing a name with one the sentence's date settles are not meant: only those named
     * more fully stay, or at a place the sentence names ("… agreed in January 1994; a treaty
     * extending it was signed at Cholpon-Ata on …").
     */
    private List<Mention> withoutNamesakesOfSettled(List<Mention> mentions, Set<String> settled, DraftSentence s) {
        double named = 0;
        boolean settledWeak = false;
        for (Mention m : mentions) {
            if (settled.contains(m.record().id())) {
                named = Math.max(named, m.coverage());
                settledWeak |= m.weak(); // named in part and dated alike: the date says which record is meant
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (settled.contains(m.record().id()) || m.coverage() > named && !settledWeak
                    || m.record() instanceof DatedRecord r && r.place() != null && choice.namesPlace(s, r.place())) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * What the knowledge base says of one date given for the records a sentence names: agrees
     * (at the date's precision), repeats a known error, is disputed, or contradicts. A record
     * dated less precisely than the draft neither confirms nor contradicts it.
     */
    private Finding compare(DraftSentence s, DraftDates.Found d, List<Mention> near, ClaimKind kind) {
        for (Mention m : near) {
            DateRange recordDate = dateOf(m.record(), kind);
            if (recordDate != null && overlaps(d.date(), recordDate)
                    && recordDate.start().precision().compareTo(d.date().start().precision()) >= 0) {
                boolean onlyTheEssay = m.record() instanceof Sourced src && src.provenance().verdict() == Verdict.UNCONFIRMED;
                return s.finding(onlyTheEssay ? Kind.UNCONFIRMED : Kind.CONFIRMED, claimOf(m.record(), kind), d.offset(), d.text(),
                        List.of(m.record().id()), Evidence.title(m.record(), lang),
                        DateText.format(recordDate, lang) + (onlyTheEssay ? words.get("check.only.essay") : ""), Evidence.sources(m.record(), kb));
            }
        }
        Finding atPlace = sameDateAndPlace(s, d);
        if (atPlace != null) {
            return atPlace;
        }
        for (ClaimStatus status : COMPETING) {
            for (Mention m : near) {
                DateRange recordDate = dateOf(m.record(), kind);
                Claim c = matchingClaim(m.record(), d.date(), status);
                if (recordDate != null && c != null) {
                    String rest = words.get(status != ClaimStatus.REJECTED ? "check.divided"
                            : restsOnAnEssay(c) ? "check.known.error.essay" : "check.known.error");
                    return s.finding(status == ClaimStatus.REJECTED ? Kind.KNOWN_ERROR : Kind.UNCONFIRMED, claimOf(m.record(), kind),
                            d.offsetOfDifference(recordDate), d.text(), List.of(m.record().id()), Evidence.title(m.record(), lang),
                            DateText.format(recordDate, lang) + rest, Evidence.preferredSources(m.record(), kb));
                }
            }
        }
        List<Mention> dated = new ArrayList<>();
        for (Mention m : near) {
            if (dateOf(m.record(), kind) != null) {
                dated.add(m);
            }
        }
        if (dated.isEmpty()) {
            return null;
        }
        Mention first = closestInTime(dated, d, kind);
        DateRange firstDate = dateOf(first.record(), kind);
        if (overlaps(d.date(), firstDate)) {
            return null; // the record is known less precisely than the draft says: nothing to say
        }
        List<Mention> fitting = choice.among(choice.namesakes(first, dated), s);
        if (sameDates(fitting, kind)) {
            fitting = fitting.subList(0, 1);
        }
        DateRange recordDate = dateOf(fitting.get(0).record(), kind);
        if (overlaps(d.date(), recordDate)) {
            return null;
        }
        // Where one record is meant, the report points at the part of the date that differs.
        int at = fitting.size() == 1 ? d.offsetOfDifference(recordDate) : d.offset();
        return choice.against(s, claimOf(first.record(), kind), at, d.text(), fitting, r -> DateText.format(dateOf(r, kind), lang));
    }

    /**
     * Of records a wrong date may be meant for, the one whose date it misses least: "the Treaty on
     * Strategic Partnership … signed on 14 July 2013, during an official visit by Nazarbayev" is
     * a slip for the treaty's 14 June 2013, not for the visit of 1998. The nearest in the text
     * where equally far.
     */
    private static Mention closestInTime(List<Mention> dated, DraftDates.Found d, ClaimKind kind) {
        Mention best = dated.get(0);
        long bestDays = Long.MAX_VALUE;
        for (Mention m : dated) {
            long days = Math.abs(ChronoUnit.DAYS.between(d.date().earliest(), dateOf(m.record(), kind).earliest()));
            if (days < bestDays) {
                best = m;
                bestDays = days;
            }
        }
        return best;
    }

    private static boolean sameDates(List<Mention> mentions, ClaimKind kind) {
        DateRange first = dateOf(mentions.get(0).record(), kind);
        for (Mention m : mentions) {
            if (!dateOf(m.record(), kind).equals(first)) {
                return false;
            }
        }
        return true;
    }

    /** What a date given for a record claims: a treaty's or event's date, or an institution's founding or end. */
    private static ClaimKind claimOf(KbRecord r, ClaimKind kind) {
        return r instanceof Institution ? kind : ClaimKind.DATE;
    }

    /** A day-precise date with a place the sentence names that a record has: the sentence is about that record. */
    private Finding sameDateAndPlace(DraftSentence s, DraftDates.Found d) {
        if (d.date().start().precision() != PartialDate.Precision.DAY) {
            return null;
        }
        DatedRecord r = placed.at(d.date(), s.words());
        if (r == null) {
            return null;
        }
        boolean onlyTheEssay = r.provenance().verdict() == Verdict.UNCONFIRMED;
        return s.finding(onlyTheEssay ? Kind.UNCONFIRMED : Kind.CONFIRMED, ClaimKind.DATE, d.offset(), d.text(), List.of(r.id()),
                Evidence.title(r, lang), DateText.format(r.date(), lang), Evidence.sources(r, kb));
    }

    /** Whether one of a claim's sources is an essay (by the source record's kind). */
    private boolean restsOnAnEssay(Claim c) {
        for (String id : c.sources()) {
            Source source = kb.get(id, Source.class).orElse(null);
            if (source != null && source.kind().equals(ESSAY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Kazakhstan 2030", "the treaty for 1998–2005": a year that is part of the record's name is
     * no date, unless it is the record's own year written alone.
     */
    private static boolean namesTheYear(KbRecord r, DraftDates.Found d, String sentence) {
        if (d.date().start().precision() != PartialDate.Precision.YEAR) {
            return false;
        }
        String year = String.valueOf(d.date().start().year());
        boolean inTitle = false;
        for (String t : r.titles().asMap().values()) {
            inTitle |= t.contains(year);
        }
        boolean ownYear = r instanceof DatedRecord dr && String.valueOf(dr.date().start().year()).equals(year);
        return inTitle && (!ownYear || inRange(sentence, d));
    }

    /** Whether the year is one end of a range of years ("1998–2005", "1998-2005 жылдарға"). */
    private static boolean inRange(String sentence, DraftDates.Found d) {
        int end = d.offset() + d.text().length();
        return YEAR_RANGE.matcher(sentence).region(Math.max(0, d.offset() - 7), Math.min(sentence.length(), end + 7)).find();
    }

    /** The mentions whose value the date agrees with, however fully named: the date says which is meant. */
    private static List<Mention> agreeing(List<Mention> mentions, DraftDates.Found d, ClaimKind kind, String sentence) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (overlaps(d.date(), dateOf(m.record(), kind)) && !namesTheYear(m.record(), d, sentence)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The mentions of records that hold a value for the claim: a body without a date does not
     * shadow the meeting it holds; and a founding or end is a body's, not a meeting's that bears
     * its name, where a named body has one.
     */
    private static List<Mention> withValue(List<Mention> mentions, ClaimKind kind) {
        List<Mention> out = new ArrayList<>();
        List<Mention> bodies = new ArrayList<>();
        for (Mention m : mentions) {
            if (dateOf(m.record(), kind) != null) {
                out.add(m);
                if (m.record() instanceof Institution) {
                    bodies.add(m);
                }
            }
        }
        return kind != ClaimKind.DATE && !bodies.isEmpty() ? bodies : out;
    }

    /** The mentions nearest to a date, nearest first; only those named nearly as fully as the best. */
    private static List<Mention> nearest(List<Mention> mentions, DraftDates.Found d) {
        double best = 0;
        for (Mention m : mentions) {
            best = Math.max(best, m.coverage());
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.coverage() >= best - 0.01) {
                out.add(m);
            }
        }
        out.sort(new ByDistance(d.offset()));
        return out;
    }

    /** Mentions by their distance from a place in the sentence. */
    private static final class ByDistance implements Comparator<Mention> {
        private final int from;

        ByDistance(int from) {
            this.from = from;
        }

        @Override
        public int compare(Mention a, Mention b) {
            return Integer.compare(Math.abs(a.offset() - from), Math.abs(b.offset() - from));
        }
    }

    /** The date a draft's date is compared with, or null. */
    static DateRange dateOf(KbRecord r, ClaimKind kind) {
        return r.match(switch (kind) {
            case FOUNDING -> FOUNDING_DATE;
            case DISSOLUTION -> DISSOLUTION_DATE;
            case DATE, PLACE, PARTIES, JOIN, LEAVE, SUSPENSION, OBSERVER, TRADE, ESSAY -> DATE;
        });
    }

    /** A treaty's or event's date; an institution's founding date or end when the sentence speaks of one. */
    private static final class RecordDate implements KbRecord.Cases<DateRange> {
        private final ClaimKind kind;

        RecordDate(ClaimKind kind) {
            this.kind = kind;
        }

        @Override
        public DateRange dated(DatedRecord d) {
            return d.date();
        }

        @Override
        public DateRange institution(Institution i) {
            if (kind == ClaimKind.FOUNDING) {
                return i.founded() != null && i.founded().date() != null ? DateRange.of(i.founded().date()) : null;
            }
            return kind == ClaimKind.DISSOLUTION && i.dissolved() != null ? DateRange.of(i.dissolved()) : null;
        }

        @Override
        public DateRange trade(TradeFigure t) {
            return null;
        }

        @Override
        public DateRange source(Source s) {
            return null;
        }

        @Override
        public DateRange place(Place p) {
            return null;
        }

        @Override
        public DateRange claim(EssayClaim c) {
            return null;
        }
    }

    static boolean overlaps(DateRange a, DateRange b) {
        return !a.latest().isBefore(b.earliest()) && !a.earliest().isAfter(b.latest());
    }

    /** The record's claim of this status on its date whose value overlaps {@code date}; or null. */
    private static Claim matchingClaim(KbRecord r, DateRange date, ClaimStatus status) {
        if (!(r instanceof Sourced s)) {
            return null;
        }
        for (Claim c : s.provenance().claims()) {
            if (c.status() == status && (c.field().equals("date") || c.field().equals("founded") || c.field().equals("dissolved"))) {
                try {
                    if (overlaps(date, DateRange.parse(c.plainValue()))) {
                        return c;
                    }
                } catch (IllegalArgumentException notADate) {
                    // a content claim: not comparable with a date
                }
            }
        }
        return null;
    }
}
