package dev.kzuz.check;

import dev.kzuz.check.RecordNames.Mention;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KbRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the records a sentence names by the same words it is about: the one whose parties
 * are the countries the sentence lists, or whose place it names ("the Treaty of Eternal
 * Friendship between Kazakhstan and Uzbekistan" is the bilateral one, not the trilateral).
 */
final class RecordChoice {
    private static final Set<String> JOINERS = lower(WordLists.all(WordLists.PARTIES_JOINERS));

    private final Places places;

    RecordChoice(Places places) {
        this.places = places;
    }

    /** The mentions named by the same words as {@code first}, it first. */
    List<Mention> namesakes(Mention first, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        out.add(first);
        for (Mention m : mentions) {
            if (m != first && m.sameNameAs(first)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Those of the namesakes that fit the countries and places the sentence names best; all when none fits better. */
    List<Mention> among(List<Mention> namesakes, DraftSentence s) {
        if (namesakes.size() < 2) {
            return namesakes;
        }
        List<Mention> out = namesakes;
        Set<String> listed = listedCountries(s);
        if (listed.size() >= 2) {
            List<Mention> exact = new ArrayList<>();
            List<Mention> wider = new ArrayList<>();
            for (Mention m : out) {
                Set<String> parties = new HashSet<>(m.record().parties());
                if (parties.equals(listed)) {
                    exact.add(m);
                } else if (parties.containsAll(listed)) {
                    wider.add(m);
                }
            }
            out = !exact.isEmpty() ? exact : !wider.isEmpty() ? wider : out;
        }
        List<Mention> atPlace = new ArrayList<>();
        for (Mention m : out) {
            if (m.record() instanceof DatedRecord d && d.place() != null && namesPlace(s, d.place())) {
                atPlace.add(m);
            }
        }
        return atPlace.isEmpty() ? out : atPlace;
    }

    /** Whether the sentence says something happened at the place (or in its country: "in Uzbekistan"). */
    boolean namesPlace(DraftSentence s, String placeId) {
        for (Places.Named n : s.places()) {
            if (n.locative() && (n.id().equals(placeId) || n.country() && n.id().equals(places.countryOf(placeId)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The countries of the longest list the sentence gives of them, as parties are given
     * ("Kazakhstan, Kyrgyzstan and Uzbekistan"; "Қазақстан мен Өзбекстан"): names joined by
     * commas and "and"; none said as a place ("in Uzbekistan").
     */
    Set<String> listedCountries(DraftSentence s) {
        Set<String> best = new LinkedHashSet<>();
        Set<String> run = new LinkedHashSet<>();
        int runEnd = -1;
        for (Places.Named n : s.places()) {
            if (!n.country() || n.locative()) {
                continue;
            }
            if (runEnd >= 0 && !onlyJoiners(s.text(), runEnd, n.offset())) {
                run = new LinkedHashSet<>();
            }
            run.add(n.id());
            runEnd = n.end();
            if (run.size() > best.size()) {
                best = run;
            }
        }
        return best;
    }

    /** Whether between two names stand only commas and joining words. */
    private static boolean onlyJoiners(String text, int from, int to) {
        if (to < from) {
            return false;
        }
        String between = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (String word : between.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !JOINERS.contains(word)) {
                return false;
            }
        }
        return between.replaceAll("[\\p{L}\\s,]", "").isEmpty();
    }

    /** The parties of a record as a set. */
    static Set<String> parties(KbRecord r) {
        return new HashSet<>(r.parties());
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
