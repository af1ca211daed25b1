package dev.kzuz.check;

import dev.kzuz.query.DateText;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Catalogue;
import dev.kzuz.check.Checker.Finding;
import dev.kzuz.check.Checker.Kind;
import dev.kzuz.check.RecordNames.Mention;
import dev.kzuz.model.Claim;
import dev.kzuz.model.ClaimStatus;
import dev.kzuz.model.DateRange;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.Place;
import dev.kzuz.model.Source;
import dev.kzuz.model.Sourced;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a record named together with a date and compares the date with the record's: it agrees
 * (at the draft's precision), repeats a value the record keeps as a known error, falls where
 * sources are divided, or contradicts. A day and a place a record has speak for that record
 * (see {@link PlacedRecords}).
 */
final class NamedDates {
    /** The kind of source that is an essay: a known error its claim repeats is "of the essay". */
    private static final String ESSAY = "essay";
    /** A sentence that speaks of a founding compares an institution's founding date. */
    static final Cue FOUNDING = Cue.wordStarts(WordLists.all(WordLists.FOUNDING_STARTS));
    private static final ClaimStatus[] COMPETING = {ClaimStatus.REJECTED, ClaimStatus.OPEN};
    private static final KbRecord.Cases<DateRange> DATE = new RecordDate(false);
    private static final KbRecord.Cases<DateRange> FOUNDING_DATE = new RecordDate(true);

    private final KnowledgeBase kb;
    private final RecordNames names;
    private final PlacedRecords placed;

    private final Lang lang;
    private final Catalogue words;

    NamedDates(KnowledgeBase kb, RecordNames names, PlacedRecords placed, Lang lang) {
        this.lang = lang;
        this.words = Catalogue.of(lang);
        this.kb = kb;
        this.names = names;
        this.placed = placed;
    }

    /** One finding for each date of the sentence given for a record it names; none without a record. */
    List<Finding> find(DraftSentence s) {
        List<Mention> mentions = names.mentions(s.words());
        if (mentions.isEmpty()) {
            return List.of();
        }
        boolean founding = FOUNDING.in(s);
        // Several records may share a name ("Treaty of Eternal Friendship"): if any of them has
        // the date the draft gives, the draft is right about that one.
        List<Finding> out = new ArrayList<>();
        // A record one of the sentence's dates agrees with is settled: its other dates are about
        // something else ("the 1998 treaty, recalled in 2018").
        Set<String> settled = new HashSet<>();
        for (DraftDates.Found d : s.dates()) {
            for (Mention m : mentions) {
                DateRange rd = dateOf(m.record(), founding);
                if (rd != null && overlaps(d.date(), rd)) {
                    settled.add(m.record().id());
                }
            }
        }
        if (!settled.isEmpty()) {
            mentions = withoutNamesakesOfSettled(mentions, settled);
        }
        for (DraftDates.Found d : s.dates()) {
            List<Mention> near = new ArrayList<>();
            for (Mention m : nearest(mentions, d)) {
                if (!namesTheYear(m.record(), d)
                        && (!settled.contains(m.record().id()) || overlaps(d.date(), dateOf(m.record(), founding)))) {
                    near.add(m);
                }
            }
            Finding f = compare(s, d, near, founding);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Records sharing a name with one the sentence's date settles are not meant: only those named more fully stay. */
    private static List<Mention> withoutNamesakesOfSettled(List<Mention> mentions, Set<String> settled) {
        double named = 0;
        for (Mention m : mentions) {
            if (settled.contains(m.record().id())) {
                named = Math.max(named, m.coverage());
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (settled.contains(m.record().id()) || m.coverage() > named) {
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
    private Finding compare(DraftSentence s, DraftDates.Found d, List<Mention> near, boolean founding) {
        String said = d.text().replace('\n', ' ');
        for (Mention m : near) {
            DateRange recordDate = dateOf(m.record(), founding);
            if (recordDate != null && overlaps(d.date(), recordDate)
                    && recordDate.start().precision().compareTo(d.date().start().precision()) >= 0) {
                boolean onlyTheEssay = m.record() instanceof Sourced src && src.provenance().verdict() == Verdict.UNCONFIRMED;
                return new Finding(onlyTheEssay ? Kind.UNCONFIRMED : Kind.CONFIRMED, s.lineAt(d.offset()),
                        said + " (" + Evidence.excerpt(m.record(), lang) + ")", m.record().id(),
                        DateText.format(recordDate, lang) + (onlyTheEssay ? words.get("check.only.essay") : ""), Evidence.sources(m.record()));
            }
        }
        Finding atPlace = sameDateAndPlace(s, d);
        if (atPlace != null) {
            return atPlace;
        }
        for (ClaimStatus status : COMPETING) {
            for (Mention m : near) {
                DateRange recordDate = dateOf(m.record(), founding);
                Claim c = matchingClaim(m.record(), d.date(), status);
                if (recordDate != null && c != null) {
                    int line = s.lineAt(d.offsetOfDifference(recordDate));
                    String rest = words.get(status != ClaimStatus.REJECTED ? "check.divided"
                            : restsOnAnEssay(c) ? "check.known.error.essay" : "check.known.error");
                    return new Finding(status == ClaimStatus.REJECTED ? Kind.KNOWN_ERROR : Kind.UNCONFIRMED, line,
                            said + " (" + Evidence.excerpt(m.record(), lang) + ")", m.record().id(), DateText.format(recordDate, lang) + rest,
                            Evidence.preferredSources(m.record()));
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
            int line = s.lineAt(d.offsetOfDifference(recordDate));
            return new Finding(Kind.CONTRADICTION, line, said + " (" + Evidence.excerpt(m.record(), lang) + ")", m.record().id(),
                    DateText.format(recordDate, lang), Evidence.preferredSources(m.record()));
        }
        return null;
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
        return new Finding(onlyTheEssay ? Kind.UNCONFIRMED : Kind.CONFIRMED, s.lineAt(d.offset()),
                d.text().replace('\n', ' ') + " (" + Evidence.excerpt(r, lang) + ")", r.id(), DateText.format(r.date(), lang), Evidence.sources(r));
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

    /** "Kazakhstan 2030": a year that is part of the record's name is no date. */
    private static boolean namesTheYear(KbRecord r, DraftDates.Found d) {
        if (d.date().start().precision() != PartialDate.Precision.YEAR) {
            return false;
        }
        String year = String.valueOf(d.date().start().year());
        boolean inTitle = false;
        for (String t : r.titles().asMap().values()) {
            inTitle |= t.contains(year);
        }
        return inTitle && !(r instanceof DatedRecord dr && String.valueOf(dr.date().start().year()).equals(year));
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
    static DateRange dateOf(KbRecord r, boolean founding) {
        return r.match(founding ? FOUNDING_DATE : DATE);
    }

    /** A treaty's or event's date; an institution's founding date when the sentence speaks of a founding. */
    private static final class RecordDate implements KbRecord.Cases<DateRange> {
        private final boolean founding;

        RecordDate(boolean founding) {
            this.founding = founding;
        }

        @Override
        public DateRange dated(DatedRecord d) {
            return d.date();
        }

        @Override
        public DateRange institution(Institution i) {
            return founding && i.founded() != null && i.founded().date() != null ? DateRange.of(i.founded().date()) : null;
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
            if (c.status() == status && (c.field().equals("date") || c.field().equals("founded"))) {
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
