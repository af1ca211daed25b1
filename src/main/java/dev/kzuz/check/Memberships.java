package dev.kzuz.check;

import dev.kzuz.check.Checker.ClaimKind;
import dev.kzuz.check.Checker.Finding;
import dev.kzuz.check.Checker.Kind;
import dev.kzuz.check.RecordNames.Mention;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.DateRange;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Membership;
import dev.kzuz.model.MembershipStatus;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.DateText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a country said to join, leave, suspend its membership in or become an observer of an
 * institution the sentence names, and compares the year or date with the steps of the
 * institution's membership history: each period's start is a step of its standing, and a
 * membership that ends with nothing after it (nor the institution's end) is a leaving.
 */
final class Memberships {
    /** One step of a country's standing in an institution. */
    private record Step(ClaimKind kind, String country, PartialDate date, List<String> sources) {
    }

    /** A word that says which step, and where it stands. */
    private record Said(ClaimKind kind, int offset) {
    }

    /** How many sentences back (in the paragraph) a body named may be what a sentence speaks of. */
    private static final int BACK = 3;
    /** How many characters a clause boundary between two words counts for. */
    private static final int CLAUSE = 1000;
    private static final ClaimKind[] KINDS = {ClaimKind.JOIN, ClaimKind.LEAVE, ClaimKind.SUSPENSION, ClaimKind.OBSERVER};
    private static final Cue[] CUES = {
        Cue.wholeWords(WordLists.all(WordLists.MEMBERSHIP_JOIN)),
        Cue.wholeWords(WordLists.all(WordLists.MEMBERSHIP_LEAVE)),
        Cue.wholeWords(WordLists.all(WordLists.MEMBERSHIP_SUSPEND)),
        Cue.wholeWords(WordLists.all(WordLists.MEMBERSHIP_OBSERVER)),
    };

    private final KnowledgeBase kb;
    private final Places places;
    private final Lang lang;
    private final Catalogue words;
    private final Map<String, List<Step>> steps = new HashMap<>();

    Memberships(KnowledgeBase kb, Places places, Lang lang) {
        this.kb = kb;
        this.places = places;
        this.lang = lang;
        this.words = Catalogue.of(lang);
        for (Institution i : kb.ofType(RecordType.INSTITUTION, Institution.class)) {
            steps.put(i.id(), steps(i));
        }
    }

    private static List<Step> steps(Institution i) {
        List<Step> out = new ArrayList<>();
        List<Membership> members = i.members();
        for (int k = 0; k < members.size(); k++) {
            Membership m = members.get(k);
            if (m.from() != null) {
                out.add(new Step(kindOf(m.status()), m.country(), m.from(), m.sources()));
            }
            boolean followed = false;
            for (int j = k + 1; j < members.size(); j++) {
                followed |= members.get(j).country().equals(m.country());
            }
            if (m.to() != null && !followed && !m.to().equals(i.dissolved()) && m.status() != MembershipStatus.WITHDRAWN) {
                out.add(new Step(ClaimKind.LEAVE, m.country(), m.to(), m.sources()));
            }
        }
        return out;
    }

    private static ClaimKind kindOf(MembershipStatus status) {
        return switch (status) {
            // Joining the founding treaty is joining, as drafts say it ("joined the Collective Security Treaty in 1992").
            case PARTY, MEMBER -> ClaimKind.JOIN;
            case OBSERVER -> ClaimKind.OBSERVER;
            case SUSPENDED -> ClaimKind.SUSPENSION;
            case WITHDRAWN -> ClaimKind.LEAVE;
        };
    }

    /**
     * One finding for each date of the sentence said of a country's step in an institution it
     * names; the offsets of those dates are added to {@code taken}, as they are not a record's date.
     */
    List<Finding> find(DraftSentence s, Set<Integer> taken) {
        List<Said> said = new ArrayList<>();
        for (int k = 0; k < KINDS.length; k++) {
            for (int at : CUES[k].offsetsIn(s)) {
                said.add(new Said(KINDS[k], at));
            }
        }
        if (said.isEmpty() || s.dates().isEmpty()) {
            return List.of();
        }
        // "Uzbekistan left the treaty in 1999": the CSTO named a sentence or two before.
        List<Mention> bodies = bodiesNamedFor(s);
        List<String> countries = countries(s);
        if (countries.isEmpty() && s.before() != null) {
            countries = countries(s.before()); // "Uzbekistan joined GUUAM in 1999. It left in 2005."
        }
        if (bodies.isEmpty() || countries.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (DraftDates.Found d : s.dates()) {
            if (s.dates().size() > said.size() && !nearestToAWord(s, d, s.dates(), said)) {
                continue; // "after the decision of 2005, Uzbekistan joined on 25 January 2006": the step is the other date's
            }
            Finding f = compare(s, d, byDistance(s, said, d.offset()), bodies, countries);
            if (f != null) {
                taken.add(d.offset());
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The countries the sentence names as actors, not as places: a city said so stands for its
     * country ("Tashkent suspended its membership"), since no city joins or leaves a body.
     */
    private List<String> countries(DraftSentence s) {
        List<String> out = new ArrayList<>();
        for (Places.Named n : s.places()) {
            String country = n.locative() ? null : n.country() ? n.id() : places.countryOf(n.id());
            if (country != null && !out.contains(country)) {
                out.add(country);
            }
        }
        return out;
    }

    /** The institutions the sentence names, or else those {@link #bodiesBefore} names. */
    static List<Mention> bodiesNamedFor(DraftSentence s) {
        List<Mention> bodies = bodies(s);
        return bodies.isEmpty() ? bodiesBefore(s) : bodies;
    }

    /** The institutions named by the last sentence before this one in the paragraph (up to {@link #BACK} back) that names one. */
    static List<Mention> bodiesBefore(DraftSentence s) {
        List<Mention> bodies = List.of();
        for (int k = 1; bodies.isEmpty() && k <= BACK && s.before(k) != null; k++) {
            bodies = bodies(s.before(k));
        }
        return bodies;
    }

    /** The institutions the sentence names most fully. */
    private static List<Mention> bodies(DraftSentence s) {
        List<Mention> bodies = new ArrayList<>();
        double best = 0;
        for (Mention m : s.mentions()) {
            if (m.record() instanceof Institution) {
                best = Math.max(best, m.coverage());
            }
        }
        for (Mention m : s.mentions()) {
            if (m.record() instanceof Institution && m.coverage() >= best - 0.01) {
                bodies.add(m);
            }
        }
        return bodies;
    }

    /** Whether the date is the one nearest to a word that says a step. */
    private static boolean nearestToAWord(DraftSentence s, DraftDates.Found d, List<DraftDates.Found> dates, List<Said> said) {
        for (Said word : said) {
            DraftDates.Found nearest = dates.get(0);
            for (DraftDates.Found other : dates) {
                if (distance(s, other.offset(), word.offset()) < distance(s, nearest.offset(), word.offset())) {
                    nearest = other;
                }
            }
            if (nearest == d) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far apart two places of a sentence are, a clause counting for more than any words:
     * "of 1992, walked away from it in 1997" says 1997; "шарттан 2003 жылы шығып, 2006 жылы
     * қайта оралды" says 2003 of the leaving.
     */
    private static int distance(DraftSentence s, int a, int b) {
        int commas = 0;
        for (int i = Math.min(a, b); i < Math.max(a, b); i++) {
            commas += s.text().charAt(i) == ',' || s.text().charAt(i) == ';' ? 1 : 0;
        }
        return Math.abs(a - b) + CLAUSE * commas;
    }

    /** The kinds of step the sentence speaks of, the one said nearest to {@code offset} first. */
    private static List<ClaimKind> byDistance(DraftSentence s, List<Said> said, int offset) {
        List<Said> sorted = new ArrayList<>(said);
        sorted.sort(new Comparator<Said>() {
            @Override
            public int compare(Said a, Said b) {
                return Integer.compare(distance(s, a.offset(), offset), distance(s, b.offset(), offset));
            }
        });
        List<ClaimKind> out = new ArrayList<>();
        for (Said word : sorted) {
            if (!out.contains(word.kind())) {
                out.add(word.kind());
            }
        }
        return out;
    }

    /**
     * The step agrees when one of the named countries took a step the sentence speaks of in one
     * of the named institutions at the date ("suspended in 2012 the membership it had regained in
     * 2006"); a leaving said of a suspension (or the reverse) in its year is for the reader to
     * weigh; anything else contradicts the history of the first country that has one, as a step
     * of the kind said nearest to the date.
     */
    private Finding compare(DraftSentence s, DraftDates.Found d, List<ClaimKind> kinds, List<Mention> bodies, List<String> countries) {
        Mention shown = null;
        String country = null;
        ClaimKind kind = kinds.get(0);
        for (Mention body : bodies) {
            for (String c : countries) {
                for (Step step : steps.get(body.record().id())) {
                    if (step.country().equals(c) && kinds.contains(step.kind()) && NamedDates.overlaps(d.date(), DateRange.of(step.date()))) {
                        if (step.date().precision().compareTo(d.date().start().precision()) < 0) {
                            return null; // known less precisely than the draft says
                        }
                        return finding(s, d, Kind.CONFIRMED, step.kind(), body, c, step.sources());
                    }
                }
                if (shown == null && hasHistory(body, c)) {
                    shown = body;
                    country = c;
                }
            }
        }
        if (shown == null) {
            return null; // no named country has a recorded standing in the named body: nothing to compare
        }
        for (Step step : steps.get(shown.record().id())) {
            if (step.country().equals(country) && neighbours(step.kind(), kind) && step.date().year() == d.date().start().year()) {
                return finding(s, d, Kind.UNCONFIRMED, kind, shown, country, step.sources());
            }
        }
        if (explained(s, d, bodies, countries)) {
            return null;
        }
        return finding(s, d, Kind.CONTRADICTION, kind, shown, country, List.of());
    }

    /**
     * Whether the date is right for something else the sentence says: another step of a named
     * country ("Kazakhstan, a member since 1992, and Uzbekistan, suspended since 2012"), or a
     * treaty or event it names ("the accession of Tajikistan, 17 July 1998").
     */
    private boolean explained(DraftSentence s, DraftDates.Found d, List<Mention> bodies, List<String> countries) {
        for (Mention body : bodies) {
            for (Step step : steps.get(body.record().id())) {
                if (countries.contains(step.country()) && NamedDates.overlaps(d.date(), DateRange.of(step.date()))) {
                    return true;
                }
            }
        }
        for (Mention m : s.mentions()) {
            if (m.record() instanceof DatedRecord r && NamedDates.overlaps(d.date(), r.date())) {
                return true;
            }
        }
        return false;
    }

    /** Leaving and suspending are told apart by careful sources only. */
    private static boolean neighbours(ClaimKind a, ClaimKind b) {
        return a != b && (a == ClaimKind.LEAVE || a == ClaimKind.SUSPENSION) && (b == ClaimKind.LEAVE || b == ClaimKind.SUSPENSION);
    }

    private boolean hasHistory(Mention body, String country) {
        for (Step step : steps.get(body.record().id())) {
            if (step.country().equals(country)) {
                return true;
            }
        }
        return false;
    }

    /** A finding whose held value is the country's steps in the institution, each with its date. */
    private Finding finding(DraftSentence s, DraftDates.Found d, Kind verdict, ClaimKind kind, Mention body, String country,
                            List<String> stepSources) {
        Institution i = (Institution) body.record();
        List<String> held = new ArrayList<>();
        List<String> sources = new ArrayList<>(stepSources);
        for (Step step : steps.get(i.id())) {
            if (step.country().equals(country)) {
                held.add(words.fill("check.step", "step", words.get("check.kind." + step.kind().code()),
                        "date", DateText.format(step.date(), lang)));
                for (String id : step.sources()) {
                    if (!sources.contains(id)) {
                        sources.add(id);
                    }
                }
            }
        }
        String value = words.fill("check.steps", "country", words.country(country), "steps", String.join(", ", held));
        return s.finding(verdict, kind, d.offset(), d.text(), List.of(i.id()), Evidence.title(i, lang), value, kb.ranked(sources));
    }
}
