package dev.kzuz.check;

import dev.kzuz.check.Checker.ClaimKind;
import dev.kzuz.check.Checker.Finding;
import dev.kzuz.check.Checker.Kind;
import dev.kzuz.check.RecordNames.Mention;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Place;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where a named treaty was signed or event held ("signed in Astana"), and who signed or
 * took part ("Kazakhstan, Kyrgyzstan and Uzbekistan signed"), and compares them with the
 * record's place and parties. A sentence must speak of a signing or meeting; a list of
 * countries that the record's parties include is no error unless the sentence says "only".
 */
final class PlacesAndParties {
    private static final Cue EVENT = Cue.wholeWords(WordLists.all(WordLists.PLACE_EVENT));
    private static final Cue ONLY = Cue.wholeWords(WordLists.all(WordLists.PARTIES_ONLY));

    /** How near (in characters) to a date a word for "only" speaks of the date ("лишь в 2006 году", "2001 жылы ғана"). */
    private static final int NEXT_TO = 8;
    /** How much of its name a record must be given by to be compared without a date that agrees. */
    private static final double CLEARLY_NAMED = 0.8;

    private final KnowledgeBase kb;
    private final RecordChoice choice;
    private final Lang lang;
    private final Catalogue words;

    PlacesAndParties(KnowledgeBase kb, RecordChoice choice, Lang lang) {
        this.kb = kb;
        this.choice = choice;
        this.lang = lang;
        this.words = Catalogue.of(lang);
    }

    List<Finding> find(DraftSentence s) {
        if (s.mentions().isEmpty() || !EVENT.in(s)) {
            return List.of();
        }
        Places.Named located = null;
        for (Places.Named n : s.places()) {
            if (n.locative() && (located == null || located.country() && !n.country())) {
                located = n; // a city says more than a country
            }
        }
        Set<String> listed = choice.listedCountries(s);
        if (located == null && listed.size() < 2) {
            return List.of();
        }
        List<Mention> records = records(s);
        if (records.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        if (located != null) {
            Finding f = place(s, located, records);
            if (f != null) {
                out.add(f);
            }
        }
        if (listed.size() >= 2) {
            Finding f = parties(s, listed, records);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The treaties and events the sentence is about: those a date of the sentence agrees with;
     * else, for an undated sentence, the ones named most fully (namesakes together).
     */
    private List<Mention> records(DraftSentence s) {
        // A record the sentence's date agrees with is meant, however little of its name is given.
        List<Mention> agreeing = new ArrayList<>();
        double best = 0;
        for (Mention m : s.mentions()) {
            if (m.record() instanceof DatedRecord r) {
                best = Math.max(best, m.coverage());
                for (DraftDates.Found d : s.dates()) {
                    if (NamedDates.overlaps(d.date(), r.date()) && !agreeing.contains(m)) {
                        agreeing.add(m);
                    }
                }
            }
        }
        if (!agreeing.isEmpty()) {
            return agreeing;
        }
        List<Mention> dated = new ArrayList<>();
        for (Mention m : s.mentions()) {
            if (m.record() instanceof DatedRecord && m.coverage() >= best - 0.01) {
                dated.add(m);
            }
        }
        if (dated.isEmpty() || !s.dates().isEmpty() || dated.get(0).coverage() < CLEARLY_NAMED) {
            // A sentence dated otherwise is about another occasion, or its date is wrong, which
            // the date's own finding tells; and a name half given, undated, is too weak a hold.
            return List.of();
        }
        return choice.namesakes(dated.get(0), dated);
    }

    private Finding place(DraftSentence s, Places.Named located, List<Mention> records) {
        List<Mention> placed = new ArrayList<>();
        for (Mention m : datedNearest(s, located.offset(), records)) {
            DatedRecord r = (DatedRecord) m.record();
            if (r.place() != null) {
                if (choice.namesPlace(s, r.place())) {
                    return s.finding(Kind.CONFIRMED, ClaimKind.PLACE, located.offset(), written(s, located), List.of(r.id()),
                            Evidence.title(r, lang), placeName(r), Evidence.sources(r, kb));
                }
                placed.add(m);
            }
        }
        if (placed.isEmpty()) {
            return null;
        }
        return choice.against(s, ClaimKind.PLACE, located.offset(), written(s, located), choice.among(placed, s),
                r -> placeName((DatedRecord) r));
    }

    /**
     * Of the records, those the date nearest to the place agrees with ("the 2021 declaration …;
     * on 22 December 2022 in Astana they signed the treaty"); all when none does.
     */
    private static List<Mention> datedNearest(DraftSentence s, int offset, List<Mention> records) {
        DraftDates.Found nearest = null;
        for (DraftDates.Found d : s.dates()) {
            if (nearest == null || Math.abs(d.offset() - offset) < Math.abs(nearest.offset() - offset)) {
                nearest = d;
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : records) {
            if (nearest != null && NamedDates.overlaps(nearest.date(), ((DatedRecord) m.record()).date())) {
                out.add(m);
            }
        }
        return out.isEmpty() ? records : out;
    }

    private Finding parties(DraftSentence s, Set<String> listed, List<Mention> records) {
        boolean only = saysOnly(s);
        List<Mention> withParties = new ArrayList<>();
        for (Mention m : records) {
            Set<String> parties = new HashSet<>(m.record().parties());
            if (parties.size() < 2) {
                continue;
            }
            if (parties.equals(listed)) {
                return s.finding(Kind.CONFIRMED, ClaimKind.PARTIES, firstCountry(s, listed), countries(listed), List.of(m.record().id()),
                        Evidence.title(m.record(), lang), countries(m.record().parties()), Evidence.sources(m.record(), kb));
            }
            if (parties.containsAll(listed) && !only) {
                return null; // the sentence names some of the parties, and does not say they were all
            }
            withParties.add(m);
        }
        if (withParties.isEmpty()) {
            return null;
        }
        return choice.against(s, ClaimKind.PARTIES, firstCountry(s, listed), countries(listed), withParties, r -> countries(r.parties()));
    }

    /**
     * Whether the sentence says the countries were all ("… only"): a word for "only" next to a
     * date stresses the date instead ("signed only in 2006", "2001 жылы ғана").
     */
    private static boolean saysOnly(DraftSentence s) {
        for (int at : ONLY.offsetsIn(s)) {
            boolean byADate = false;
            for (DraftDates.Found d : s.dates()) {
                byADate |= at >= d.offset() - NEXT_TO && at <= d.offset() + d.text().length() + NEXT_TO;
            }
            if (!byADate) {
                return true;
            }
        }
        return false;
    }

    /** Where the first listed country stands. */
    private static int firstCountry(DraftSentence s, Set<String> listed) {
        for (Places.Named n : s.places()) {
            if (n.country() && listed.contains(n.id())) {
                return n.offset();
            }
        }
        return 0;
    }

    /** Countries by their names in the reader's language, in the given order. */
    private String countries(Collection<String> codes) {
        List<String> names = new ArrayList<>();
        for (String c : codes) {
            names.add(words.country(c));
        }
        return String.join(", ", names);
    }

    /** The place as the sentence writes it ("Астанада"). */
    private static String written(DraftSentence s, Places.Named n) {
        return s.text().substring(n.offset(), n.end());
    }

    /** The record's place, by the name it bore on the record's date, in the reader's language. */
    private String placeName(DatedRecord r) {
        Place p = kb.get(r.place(), Place.class).orElse(null);
        return p == null ? r.place() : p.nameAt(r.date()).resolve(lang).text();
    }
}
