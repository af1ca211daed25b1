package dev.kzuz.check;

import dev.kzuz.model.FormerName;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.Fold;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the treaties, events and institutions (every title, in any language, less its
 * stop words, and every other name), and which of them a sentence names: an other name in full,
 * most words of a title in any order, or a title's opening words.
 */
final class RecordNames {
    /**
     * A record named in a sentence, how fully (1 for an other name in full), where, and which of
     * the sentence's words (their index) name it: records named by shared words are namesakes. A
     * weak mention names a record only in part.
     */
    record Mention(KbRecord record, double coverage, int offset, BitSet words, boolean weak) {
        /** Whether the sentence names both by words they share ("the Treaty of Eternal Friendship"). */
        boolean sameNameAs(Mention other) {
            return words.intersects(other.words);
        }
    }

    /** A record, the word lists that name it, and the ordinal its titles give it (0 for none). */
    private record Names(KbRecord record, List<Lexicon.Phrase> titles, List<Lexicon.Phrase> aliases, int ordinal) {
    }

    /**
     * How much of a title names its record in part ("Tokayev and Mirziyoyev met" of "Working
     * meeting of Presidents Tokayev and Mirziyoyev in Khiva"): such a mention counts only where
     * the sentence dates it alike (see {@link DraftSentence#mentions}).
     */
    private static final double PARTLY = 0.25;
    private static final RecordType[] NAMED = {RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION};
    /** Title words too common to tell records apart, folded. */
    private static final Set<String> STOP = folded(WordLists.all(WordLists.TITLE_STOPWORDS));
    /** Words for a kind of document ("treaty", "agreement"), folded: a draft says one for another. */
    private static final Set<String> KINDS = folded(WordLists.all(WordLists.TITLE_KINDS));
    /** Every language's ordinals, folded: the first list holds every spelling of "first". */
    private static final List<List<String>> ORDINALS = ordinals();
    /** Every language's month names, folded. */
    private static final Set<String> MONTHS = months();

    private final List<Names> names = new ArrayList<>();
    /** Draft words and the ordinal each is (0 for none), as found. */
    private final Map<String, Integer> ordinalOfWord = new HashMap<>();
    /** Draft words known to be stop words or not. */
    private final Map<String, Boolean> stopWords = new HashMap<>();
    /**
     * By a title's first two words: how many titles open so. "Central Asian …" opens many, and
     * names none of them by its opening alone; "Алматинская декларация" opens one.
     */
    private final Map<String, Integer> titlesOpening = new HashMap<>();
    /** By lexicon word: the names (their index in {@link #names}) that use it. */
    private final Map<Integer, BitSet> namesUsing = new HashMap<>();

    /** Adds the names of the knowledge base's treaties, events and institutions to {@code lexicon}. */
    RecordNames(KnowledgeBase kb, Lexicon lexicon) {
        for (RecordType t : NAMED) {
            for (KbRecord r : kb.ofType(t)) {
                List<Lexicon.Phrase> titles = new ArrayList<>();
                for (String title : r.titles().asMap().values()) {
                    titles.add(lexicon.add(content(title)));
                }
                if (r instanceof Institution i) {
                    // A draft may call a body by the name it bore at the time.
                    for (FormerName n : i.names()) {
                        for (String title : n.name().asMap().values()) {
                            titles.add(lexicon.add(content(title)));
                        }
                    }
                }
                List<Lexicon.Phrase> aliases = new ArrayList<>();
                for (String alias : r.aliases()) {
                    aliases.add(lexicon.add(Fold.tokens(alias)));
                }
                for (Lexicon.Phrase title : titles) {
                    if (!title.isEmpty()) {
                        titlesOpening.merge(opening(title), 1, Integer::sum);
                    }
                }
                Lexicon.using(namesUsing, names.size(), titles);
                Lexicon.using(namesUsing, names.size(), aliases);
                int ordinal = 0;
                for (String title : r.titles().asMap().values()) {
                    for (String word : Fold.tokens(title)) {
                        ordinal = ordinal == 0 ? ordinal(word) : ordinal;
                    }
                }
                names.add(new Names(r, titles, aliases, ordinal));
            }
        }
    }

    /** The records the sentence names, in the knowledge base's order. */
    List<Mention> mentions(Lexicon.Reading words) {
        List<Mention> found = new ArrayList<>();
        Map<String, Integer> ordinals = new HashMap<>();
        BitSet named = Lexicon.candidates(namesUsing, words);
        boolean saysAKind = saysAKind(words);
        for (int k = named.nextSetBit(0); k >= 0; k = named.nextSetBit(k + 1)) {
            Names n = names.get(k);
            double best = 0;
            int at = -1;
            BitSet by = new BitSet();
            double partly = 0;
            int partlyAt = -1;
            BitSet partlyBy = null;
            for (Lexicon.Phrase alias : n.aliases()) {
                // An other name counts whole, its words in its order: "Центральноазиатское
                // сотрудничество" is not named by "Центральноазиатский банк сотрудничества".
                BitSet whole = inARow(words, alias);
                if (whole != null && String.join("", alias.words()).length() >= 3 && (best < 1.0 || whole.cardinality() > by.cardinality())) {
                    best = 1.0;
                    at = words.words().get(whole.nextSetBit(0)).offset();
                    by = whole;
                }
            }
            for (Lexicon.Phrase title : n.titles()) {
                if (title.words().size() < 2 || wordsFound(title, words) < 2) {
                    continue; // a title of which the sentence has one word names nothing (most titles, most sentences)
                }
                // Each word where it first stands, or where it last does, whichever keeps the name
                // together: "… Орталық Азия Экономикалық Қауымдастығы, … Орталық Азия Ынтымақтастық Ұйымы".
                BitSet matched = new BitSet();
                BitSet late = new BitSet();
                int kindsUnsaid = 0;
                for (int j = 0; j < title.ids().length; j++) {
                    int index = words.index(title.ids()[j]);
                    if (index >= 0) {
                        matched.set(index);
                        late.set(words.lastIndex(title.ids()[j]));
                    } else if (saysAKind && isKindWord(title.words().get(j))) {
                        // "the agreement on …" of a treaty: the sentence gives the kind, in other words
                        kindsUnsaid++;
                    }
                }
                if (late.cardinality() == matched.cardinality() && spread(late) < spread(matched)) {
                    matched = late;
                }
                double coverage = (double) matched.cardinality() / (title.words().size() - kindsUnsaid);
                // Most words of a title, or three of a long one ("жекелеген учаскелері … шарт").
                if ((matched.cardinality() >= 2 && coverage >= 0.66 || matched.cardinality() >= 3 && coverage >= 0.6) && coverage > best) {
                    best = coverage;
                    at = words.words().get(matched.nextSetBit(0)).offset();
                    by = matched;
                } else if (matched.cardinality() >= 2 && coverage >= PARTLY && coverage > partly) {
                    partly = coverage;
                    partlyAt = words.words().get(matched.nextSetBit(0)).offset();
                    partlyBy = matched;
                }
                // A title's opening words name it too ("Алматинская декларация …").
                int from = words.index(title.ids()[0]);
                int lead = leadingWords(words, title);
                if (lead >= 2 && String.join("", title.words().subList(0, lead)).length() >= 12 && best < 0.7
                        && (lead >= 3 || titlesOpening.getOrDefault(opening(title), 0) <= 2)) {
                    best = 0.7;
                    at = words.position(title.ids()[0]);
                    by = new BitSet();
                    by.set(from, from + lead);
                }
            }
            if (best > 0) {
                found.add(new Mention(n.record(), best, at, by, false));
            } else if (partlyBy != null) {
                found.add(new Mention(n.record(), partly, partlyAt, partlyBy, true));
            }
            if (best > 0 || partlyBy != null) {
                ordinals.put(n.record().id(), n.ordinal());
            }
        }
        Set<Integer> said = found.isEmpty() ? Set.of() : ordinalsSaid(words);
        found = withTheOrdinalSaid(found, ordinals, said);
        // "Екінші консультативтік кездесу": the ordinal said makes a name given in part, in a row, a name.
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.weak() && said.contains(ordinals.get(m.record().id())) && spread(m.words()) <= 2 && m.words().cardinality() >= 3) {
                found.set(k, new Mention(m.record(), m.coverage(), m.offset(), m.words(), false));
            }
        }
        // A record bearing the ordinal the sentence gives is meant, however little else of its name it gives.
        Set<String> ordinalSaid = new HashSet<>();
        for (Mention m : found) {
            if (said.contains(ordinals.get(m.record().id()))) {
                ordinalSaid.add(m.record().id());
            }
        }
        // Each mention's count of content words and strength, once: the comparisons are pairwise.
        int[] content = new int[found.size()];
        double[] strength = new double[found.size()];
        for (int k = 0; k < content.length; k++) {
            content[k] = contentWords(found.get(k).words(), words);
            strength[k] = strength(found.get(k), content[k]);
        }
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < content.length; k++) {
            Mention f = found.get(k);
            boolean inside = false;
            for (int j = 0; j < content.length && !inside; j++) {
                Mention other = found.get(j);
                if (j == k || !sameKind(f, other) || f.weak() || other.weak()) {
                    continue; // a name given in part stands or falls by its date (see DraftSentence.mentions)
                }
                // A name found inside a longer name the sentence gives is not named itself: "Орталық
                // Азия ынтымақтастық және даму банкі" names the CADB, not the "Азия даму банкі".
                inside = other.coverage() >= f.coverage() && within(f.words(), other.words()) && content[j] > content[k]
                        // Two names read in the same words: the one that explains more of them is meant
                        // ("шекараның жекелеген учаскелері туралы шартқа" names the treaty on border
                        // sections, not the border treaty).
                        || other.words().intersects(f.words()) && strength[j] > strength[k] + 0.01 && !ordinalSaid.contains(f.record().id());
            }
            if (!inside) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Whether mention {@code a} competes with {@code b} for the words they share: a body is not
     * given up for a meeting named after it ("the Interstate Council", "the Interstate Council in
     * Almaty, August 1996"), as the sentence's claim says which it means (a founding, a date).
     */
    private static boolean sameKind(Mention a, Mention b) {
        return !(a.record() instanceof Institution) || b.record() instanceof Institution;
    }

    /** A title's first two words, the key of {@link #titlesOpening}. */
    private static String opening(Lexicon.Phrase title) {
        return title.words().get(0) + " " + (title.words().size() > 1 ? title.words().get(1) : "");
    }

    /**
     * How well a mention explains the words it is read in: more of its name, more words, and
     * those closer together ("the Islamic Development Bank", not "Asian … Development Bank").
     */
    private static double strength(Mention m, int contentWords) {
        return m.coverage() + 0.1 * contentWords - 0.01 * spread(m.words());
    }

    /** How many other words stand between the first and last of these. */
    private static int spread(BitSet at) {
        return at.isEmpty() ? 0 : at.length() - at.nextSetBit(0) - at.cardinality();
    }

    /** How many of the sentence words are not stop words ("туралы" in an other name does not make it longer). */
    private int contentWords(BitSet at, Lexicon.Reading words) {
        int n = 0;
        for (int i = at.nextSetBit(0); i >= 0; i = at.nextSetBit(i + 1)) {
            n += isStopWordOfADraft(words.words().get(i).folded()) ? 0 : 1;
        }
        return n;
    }

    /** {@link #isStopWord}, remembered: a draft repeats its words, and the look goes through every stop word. */
    private boolean isStopWordOfADraft(String word) {
        Boolean known = stopWords.get(word);
        if (known == null) {
            if (stopWords.size() > 100_000) {
                stopWords.clear(); // a draft of endless distinct words: memory stays bounded
            }
            known = isStopWord(word);
            stopWords.put(word, known);
        }
        return known;
    }

    /**
     * "The first consultative meeting": where the sentence gives an ordinal that one of the
     * records it names bears, the records bearing another are not meant.
     */
    private static List<Mention> withTheOrdinalSaid(List<Mention> found, Map<String, Integer> ordinals, Set<Integer> said) {
        boolean fits = false;
        for (Mention m : found) {
            fits |= said.contains(ordinals.get(m.record().id()));
        }
        if (!fits) {
            return found;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            int n = ordinals.get(m.record().id());
            if (n == 0 || said.contains(n)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The ordinals the sentence gives. */
    private Set<Integer> ordinalsSaid(Lexicon.Reading words) {
        Set<Integer> said = new HashSet<>();
        for (Lexicon.Word w : words.words()) {
            Integer n = ordinalOfWord.get(w.folded());
            if (n == null) {
                if (ordinalOfWord.size() > 100_000) {
                    ordinalOfWord.clear(); // memory stays bounded
                }
                n = ordinal(w.folded());
                ordinalOfWord.put(w.folded(), n);
            }
            if (n > 0) {
                said.add(n);
            }
        }
        return said;
    }

    /** The ordinal (1 to 10) a folded word is, or 0. */
    private static int ordinal(String word) {
        for (int k = 0; k < ORDINALS.size(); k++) {
            for (String stem : ORDINALS.get(k)) {
                if (word.startsWith(stem) && word.length() <= stem.length() + 4) {
                    return k + 1;
                }
            }
        }
        return 0;
    }

    private static int wordsFound(Lexicon.Phrase title, Lexicon.Reading words) {
        int n = 0;
        for (int t : title.ids()) {
            n += words.index(t) >= 0 ? 1 : 0;
        }
        return n;
    }

    /** Whether the words of {@code inner} all lie between the first and last of {@code outer}. */
    private static boolean within(BitSet inner, BitSet outer) {
        return !inner.isEmpty() && inner.nextSetBit(0) >= outer.nextSetBit(0) && inner.length() <= outer.length();
    }

    /** The sentence words that are a name's words, one after another in its order; null when they are not. */
    private static BitSet inARow(Lexicon.Reading words, Lexicon.Phrase name) {
        int[] ids = name.ids();
        if (ids.length == 0) {
            return null;
        }
        int first = words.index(ids[0]);
        if (first < 0) {
            return null;
        }
        for (int k = 1; k < ids.length; k++) {
            if (words.index(ids[k]) != first + k) {
                return null;
            }
        }
        BitSet out = new BitSet();
        out.set(first, first + ids.length);
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

    /** A title's folded words less the stop words, with any ending ("Казахстаном" of "казахстан"). */
    private static List<String> content(String title) {
        List<String> out = new ArrayList<>();
        for (String t : Fold.tokens(title)) {
            if (!isStopWord(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the sentence names a kind of document ("treaty", "келісім"). */
    private static boolean saysAKind(Lexicon.Reading words) {
        for (Lexicon.Word w : words.words()) {
            if (isKindWord(w.folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKindWord(String word) {
        for (String kind : KINDS) {
            if (Lexicon.sameWord(word, kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStopWord(String word) {
        if (STOP.contains(word) || Character.isDigit(word.charAt(0))) {
            return true;
        }
        for (String month : MONTHS) {
            if (word.startsWith(month) && word.length() <= month.length() + 3) {
                return true; // a date in a title ("… от 8 июля 1994 года") names nothing the sentence's date does not
            }
        }
        for (String stop : STOP) {
            if (Lexicon.sameWord(word, stop)) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> ordinals() {
        List<List<String>> out = new ArrayList<>();
        for (String language : WordLists.LANGUAGES) {
            List<List<String>> ordinals = WordLists.of(language).ordinals();
            for (int k = 0; k < ordinals.size(); k++) {
                if (out.size() <= k) {
                    out.add(new ArrayList<>());
                }
                for (String spelling : ordinals.get(k)) {
                    out.get(k).add(Fold.key(spelling));
                }
            }
        }
        return out;
    }

    private static Set<String> months() {
        List<String> names = new ArrayList<>();
        for (String language : WordLists.LANGUAGES) {
            for (List<String> month : WordLists.of(language).months()) {
                names.addAll(month);
            }
        }
        return folded(names);
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(Fold.key(w));
        }
        return out;
    }
}
