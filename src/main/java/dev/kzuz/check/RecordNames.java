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
    /** A record named in a sentence, how fully (1 for an other name in full), and where. */
    record Mention(KbRecord record, double coverage, int offset) {
    }

    /** A record and the word lists that name it. */
    private record Names(KbRecord record, List<Lexicon.Phrase> titles, List<Lexicon.Phrase> aliases) {
    }

    private static final RecordType[] NAMED = {RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION};
    /** Title words too common to tell records apart, folded. */
    private static final Set<String> STOP = folded(WordLists.all(WordLists.TITLE_STOPWORDS));

    private final List<Names> names = new ArrayList<>();
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
                Lexicon.using(namesUsing, names.size(), titles);
                Lexicon.using(namesUsing, names.size(), aliases);
                names.add(new Names(r, titles, aliases));
            }
        }
    }

    /** The records the sentence names, in the knowledge base's order. */
    List<Mention> mentions(Lexicon.Reading words) {
        List<Mention> out = new ArrayList<>();
        BitSet named = Lexicon.candidates(namesUsing, words);
        for (int k = named.nextSetBit(0); k >= 0; k = named.nextSetBit(k + 1)) {
            Names n = names.get(k);
            double best = 0;
            int at = -1;
            for (Lexicon.Phrase alias : n.aliases()) {
                int pos = words.find(alias);
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

    /** A title's folded words less the stop words. */
    private static List<String> content(String title) {
        List<String> out = new ArrayList<>();
        for (String t : Fold.tokens(title)) {
            if (!STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(Fold.key(w));
        }
        return out;
    }
}
