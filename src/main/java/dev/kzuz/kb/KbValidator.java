package dev.kzuz.kb;

import dev.kzuz.model.Claim;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.FormerName;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Lang;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Membership;
import dev.kzuz.model.Place;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.model.Standing;
import dev.kzuz.model.Sourced;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.model.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The rules that hold across records: references resolve, sources are used, conflicts are real. */
final class KbValidator {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final KnowledgeBase kb;
    private final Map<String, Location> locations;
    private final List<KbProblem> problems = new ArrayList<>();
    private final Set<String> usedSources = new HashSet<>();

    private final boolean complete;

    /** {@code complete} is false when some records failed to load, so unused sources prove nothing. */
    KbValidator(KnowledgeBase kb, Map<String, Location> locations, boolean complete) {
        this.kb = kb;
        this.locations = locations;
        this.complete = complete;
    }

    List<KbProblem> validate() {
        KbRecord.Cases<Void> checks = new KbRecord.Cases<>() {
            @Override
            public Void dated(DatedRecord d) {
                checkDated(d);
                return null;
            }

            @Override
            public Void institution(Institution i) {
                checkInstitution(i);
                return null;
            }

            @Override
            public Void trade(TradeFigure t) {
                checkTrade(t);
                return null;
            }

            @Override
            public Void source(Source s) {
                if (s.standing() == null) {
                    problem(s, "a web page needs a standing: " + String.join(", ", new java.util.TreeSet<>(Vocabulary.SOURCE_STANDINGS)));
                }
                for (String cited : s.cites()) {
                    checkRef(s, "cites", cited, RecordType.SOURCE);
                }
                return null;
            }

            @Override
            public Void place(Place p) {
                checkCountry(p, "country", p.country());
                checkFormerNames(p, p.names());
                return null;
            }

            @Override
            public Void claim(EssayClaim c) {
                checkEssayClaim(c);
                return null;
            }
        };
        for (KbRecord r : kb.all()) {
            if (r instanceof Sourced s) {
                checkProvenance(r, s);
            }
            r.match(checks);
            for (String id : r.citedSourceIds()) {
                if (kb.typeOf(id) == RecordType.SOURCE) {
                    markUsed(id);
                }
            }
        }
        checkEssayClaimCodes();
        if (complete) {
            checkSourcesUsed();
        }
        problems.sort((a, b) -> a.toString().compareTo(b.toString()));
        return problems;
    }

    private void problem(KbRecord r, String message) {
        problems.add(new KbProblem(locations.getOrDefault(r.id(), Location.of("?")), r.id() + ": " + message));
    }

    private void checkProvenance(KbRecord r, Sourced s) {
        var p = s.provenance();
        if (p.sources().isEmpty()) {
            problem(r, "needs at least one source");
        }
        p.sources().forEach(id -> checkRef(r, "sources", id, RecordType.SOURCE));
        for (Claim c : p.claims()) {
            if (c.sources().isEmpty()) {
                problem(r, "claim on '" + c.field() + "' needs at least one source");
            }
            c.sources().forEach(id -> checkRef(r, "claim sources", id, RecordType.SOURCE));
        }
        if (p.verdict() == Verdict.CONFIRMED && p.sources().stream().map(id -> kb.get(id, Source.class))
                .allMatch(found -> found.isEmpty() || found.get().standing() == Standing.ESSAY)) {
            problem(r, "verdict is confirmed, so it needs a source beyond the essay");
        }
        if (p.verdict() == Verdict.CONFLICT) {
            Map<String, Set<Set<String>>> sourceSetsByField = new TreeMap<>();
            for (Claim c : p.claims()) {
                sourceSetsByField.computeIfAbsent(c.field(), k -> new HashSet<>()).add(Set.copyOf(c.sources()));
            }
            boolean real = sourceSetsByField.values().stream().anyMatch(sets -> sets.size() >= 2);
            if (!real) {
                problem(r, "verdict is conflict, so it needs at least two claims on one field with different sources");
            }
        }
    }

    /** A source is used when a record cites it ({@link KbRecord#citedSourceIds}) or a used source does. */
    private void markUsed(String id) {
        if (usedSources.add(id)) {
            kb.get(id, Source.class).ifPresent(s -> s.cites().forEach(this::markUsed));
        }
    }

    private void checkRef(KbRecord r, String field, String id, RecordType type) {
        if (id == null) {
            return;
        }
        var target = kb.get(id);
        if (target.isEmpty()) {
            problem(r, field + " names '" + id + "', which is not a " + type.noun() + " id");
        } else if (target.get().type() != type) {
            problem(r, field + " names '" + id + "', which is a " + target.get().type().noun() + ", not a " + type.noun());
        }
    }

    private void checkCountry(KbRecord r, String field, String code) {
        if (code != null && !COUNTRIES.contains(code)) {
            problem(r, field + " '" + code + "' is not an ISO 3166-1 alpha-2 country code (KZ, UZ, KG…)");
        }
    }

    /**
     * An official title names where it is published, among the record's sources; a descriptive
     * title stands only where no official one does.
     */
    private void checkTitles(Sourced r, LocalizedText titleSources) {
        titleSources.asMap().forEach((lang, id) -> {
            if (!r.title().asMap().containsKey(lang)) {
                problem(r, "title_sources." + lang.code() + " names a source for a title the record does not have");
            } else if (!r.provenance().sources().contains(id)) {
                problem(r, "title_sources." + lang.code() + " names '" + id + "', which is not among the record's sources");
            }
        });
        for (Lang lang : r.descriptiveTitle().asMap().keySet()) {
            if (r.title().asMap().containsKey(lang)) {
                problem(r, "has both an official and a descriptive title in '" + lang.code() + "'; keep the official one");
            }
        }
    }

    private void checkDated(DatedRecord d) {
        checkTitles(d, d.titleSources());
        checkRef(d, "place", d.place(), RecordType.PLACE);
        if (d.parties().isEmpty()) {
            problem(d, "needs at least one party");
        }
        d.parties().forEach(code -> checkCountry(d, "party", code));
        checkRelated(d, d.related());
    }

    /** Related records must exist; a source named there counts as used, though it is not cited. */
    private void checkRelated(KbRecord r, List<String> related) {
        for (String rel : related) {
            if (kb.get(rel).isEmpty()) {
                problem(r, "related names '" + rel + "', which is no record id");
            } else if (kb.typeOf(rel) == RecordType.SOURCE) {
                markUsed(rel);
            }
        }
    }

    /** Earlier names: each with a source that exists, oldest first, each ending after the one before. */
    private void checkFormerNames(KbRecord r, List<FormerName> names) {
        FormerName previous = null;
        for (FormerName n : names) {
            if (n.sources().isEmpty()) {
                problem(r, "earlier name '" + n.name().resolve(Lang.EN).text() + "' needs at least one source");
            }
            n.sources().forEach(id -> checkRef(r, "names sources", id, RecordType.SOURCE));
            if (previous != null && !previous.until().latest().isBefore(n.until().earliest())) {
                problem(r, "earlier names out of order: '" + n.name().resolve(Lang.EN).text() + "' (until " + n.until()
                        + ") must end after '" + previous.name().resolve(Lang.EN).text() + "' (until " + previous.until()
                        + "); list them oldest first");
            }
            previous = n;
        }
    }

    private void checkInstitution(Institution i) {
        checkTitles(i, i.titleSources());
        checkRelated(i, i.related());
        checkRef(i, "seat", i.seat(), RecordType.PLACE);
        checkFormerNames(i, i.names());
        if (i.founded() != null) {
            checkRef(i, "founded.place", i.founded().place(), RecordType.PLACE);
            checkRef(i, "founded.treaty", i.founded().treaty(), RecordType.TREATY);
        }
        if (i.lastRecorded() != null && i.dissolved() != null) {
            problem(i, "last_recorded is for a body whose end no source gives, and this one has dissolved");
        }
        if (i.lastRecorded() != null && i.founded() != null && i.founded().date() != null
                && i.lastRecorded().latest().isBefore(i.founded().date().earliest())) {
            problem(i, "last recorded (" + i.lastRecorded() + ") before it was founded (" + i.founded().date() + ")");
        }
        Map<String, List<Membership>> byCountry = new TreeMap<>();
        for (Membership m : i.members()) {
            checkCountry(i, "member country", m.country());
            m.sources().forEach(id -> checkRef(i, "member sources", id, RecordType.SOURCE));
            if (m.from() != null && m.to() != null && m.to().latest().isBefore(m.from().earliest())) {
                problem(i, m.country() + " " + m.status().code() + " period ends (" + m.to() + ") before it starts (" + m.from() + ")");
            }
            byCountry.computeIfAbsent(m.country(), k -> new ArrayList<>()).add(m);
        }
        byCountry.forEach((country, periods) -> {
            List<Membership> sorted = new ArrayList<>(periods);
            sorted.sort(Comparator.comparing(Membership::from, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (int k = 1; k < sorted.size(); k++) {
                Membership prev = sorted.get(k - 1);
                Membership next = sorted.get(k);
                // Periods may touch (left on the day the next status began) but not overlap.
                if (next.from() == null || prev.to() == null || prev.to().earliest().isAfter(next.from().latest())) {
                    problem(i, country + " periods overlap: " + prev.status().code() + " from " + prev.from()
                            + (prev.to() == null ? " (open)" : " to " + prev.to()) + " and " + next.status().code() + " from " + next.from());
                }
            }
        });
    }

    private void checkTrade(TradeFigure t) {
        if (t.reporter() != null) {
            checkCountry(t, "reporter country", t.reporter().country());
        }
        boolean value = t.turnover() != null || t.exports() != null || t.imports() != null || t.growth() != null;
        // A qualitative statement ("falls every year", "double it") is kept, but must say itself.
        if (!value && t.summary().isEmpty() && t.provenance().claims().isEmpty()) {
            problem(t, "gives no value: needs turnover, exports, imports or growth, or a summary of the statement");
        }
        checkNonNegative(t, "turnover", t.turnover());
        checkNonNegative(t, "exports", t.exports());
        checkNonNegative(t, "imports", t.imports());
    }

    private void checkNonNegative(TradeFigure t, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            problem(t, field + " is negative (" + value.toPlainString() + ")");
        }
    }

    private void checkEssayClaim(EssayClaim c) {
        checkRef(c, "essay", c.essay(), RecordType.SOURCE);
        for (String id : c.records()) {
            if (kb.get(id).isEmpty()) {
                problem(c, "records names '" + id + "', which is no record id");
            }
        }
        if (c.verdict() != Verdict.UNCONFIRMED && c.records().isEmpty()) {
            problem(c, "a " + c.verdict().code() + " claim must name the records that hold the fact");
        }
    }

    /** Every essay-claim code a record names must be a claim of the essay, once claims are recorded. */
    private void checkEssayClaimCodes() {
        Set<String> codes = new HashSet<>();
        // One checklist claim may be split into several records (its parts can differ in verdict).
        kb.ofType(RecordType.CLAIM, EssayClaim.class).forEach(c -> {
            if (c.code() != null) {
                codes.add(c.code());
            }
        });
        if (codes.isEmpty()) {
            return;
        }
        for (KbRecord r : kb.all()) {
            if (r instanceof Sourced s) {
                for (String code : s.provenance().essayClaims()) {
                    if (!codes.contains(code)) {
                        problem(r, "essay_claims names " + code + ", which no essay claim (claims/) has as its code");
                    }
                }
            }
        }
    }

    private void checkSourcesUsed() {
        for (KbRecord r : kb.ofType(RecordType.SOURCE)) {
            if (!usedSources.contains(r.id())) {
                problem(r, "source is cited by no record");
            }
        }
    }
}
