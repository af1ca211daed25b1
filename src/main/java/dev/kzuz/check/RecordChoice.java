package dev.kzuz.check;

import dev.kzuz.check.Checker.ClaimKind;
import dev.kzuz.check.Checker.Finding;
import dev.kzuz.check.Checker.Kind;
import dev.kzuz.check.RecordNames.Mention;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of the records a sentence names by the same words it is about: the one whose parties
 * are the countries the sentence lists, or whose place it names ("the Treaty of Eternal
 * Friendship between Kazakhstan and Uzbekistan" is the bilateral one, not the trilateral).
 */
final class RecordChoice {
    private static final Pattern OTHER_THAN_WORDS_AND_COMMAS = Pattern.compile("[^\\p{L}\\s,]");
    private static final Set<String> JOINERS = WordLists.lowerCase(WordLists.PARTIES_JOINERS);

    /** What the knowledge base holds of a record for the claim compared, in the reader's language. */
    interface Held {
        String of(KbRecord r);
    }

    private final Places places;
    private final KnowledgeBase kb;
    private final Lang lang;
    private final Catalogue words;

    RecordChoice(Places places, KnowledgeBase kb, Lang lang) {
        this.places = places;
        this.kb = kb;
        this.lang = lang;
        this.words = Catalogue.of(lang);
    }

    /**
     * The finding that the sentence's value is right for none of the records that fit it: a
     * contradiction of the one, or, when several fit equally, ambiguous, each with what it holds.
     */
    Finding against(DraftSentence s, ClaimKind claim, int offset, String found, List<Mention> fitting, Held held) {
        KbRecord first = fitting.get(0).record();
        if (fitting.size() == 1) {
            return s.finding(Kind.CONTRADICTION, claim, offset, found, List.of(first.id()), Evidence.title(first, lang), held.of(first),
                    Evidence.preferredSources(first, kb));
        }
        List<String> ids = new ArrayList<>();
        List<String> each = new ArrayList<>();
        for (Mention m : fitting) {
            ids.add(m.record().id());
            each.add(words.fill("check.ambiguous.value", "value", held.of(m.record()), "id", m.record().id()));
        }
        return s.finding(Kind.AMBIGUOUS, claim, offset, found, ids, Evidence.title(first, lang), String.join("; ", each),
                Evidence.preferredSources(first, kb));
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
        return !OTHER_THAN_WORDS_AND_COMMAS.matcher(between).find();
    }

}
