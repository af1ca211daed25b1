package dev.kzuz.query;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds records by any spelling: the query is folded like the index, each word matches index
 * words exactly, by prefix or within a typo or two, place names stand for all their names, and a
 * year in the query ranks the records of that year first.
 */
public final class Search {
    /** A found record, its score, and the field and text that matched best. */
    public record Hit(KbRecord record, double score, String field) {
    }

    private final KnowledgeBase kb;
    private final SearchIndex index;
    /** Folded place name or alias to every folded name of that place. */
    private final Map<String, Set<String>> placeNames = new HashMap<>();

    public Search(KnowledgeBase kb, SearchIndex index) {
        this.kb = kb;
        this.index = index;
        // Folded when the index was built (for the bundled records, when the jar was).
        for (List<String> place : index.placeNames()) {
            Set<String> names = new LinkedHashSet<>(place);
            for (String n : names) {
                placeNames.put(n, names);
            }
        }
    }

    /** 19xx or 20xx (a folded token has ASCII digits only): by hand, as the query runs at start-up (see Fold). */
    static boolean isYear(String token) {
        if (token.length() != 4 || !(token.startsWith("19") || token.startsWith("20"))) {
            return false;
        }
        return token.charAt(2) >= '0' && token.charAt(2) <= '9' && token.charAt(3) >= '0' && token.charAt(3) <= '9';
    }

    public List<Hit> run(String query, Set<RecordType> types, int limit) {
        List<String> words = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (String t : Fold.tokens(query)) {
            if (isYear(t)) {
                years.add(Integer.parseInt(t));
            }
            words.add(t);
        }
        if (words.isEmpty()) {
            return List.of();
        }
        List<Set<String>> alternatives = expand(words);
        // best[record][word] = the best weighted quality of that query word in the record
        Map<String, double[]> best = new HashMap<>();
        Map<String, String> bestField = new HashMap<>();
        Map<String, Double> bestFieldScore = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            for (Map.Entry<Integer, Double> m : matches(alternatives.get(w)).entrySet()) {
                for (int e : index.postings(m.getKey())) {
                    SearchIndex.Entry entry = index.entry(e);
                    double q = m.getValue() * weight(entry.field());
                    double[] row = best.get(entry.id());
                    if (row == null) {
                        row = new double[words.size()];
                        best.put(entry.id(), row);
                    }
                    if (q > row[w]) {
                        row[w] = q;
                    }
                    if (q > bestFieldScore.getOrDefault(entry.id(), 0.0)) {
                        bestFieldScore.put(entry.id(), q);
                        bestField.put(entry.id(), entry.field());
                    }
                }
            }
        }
        String phrase = String.join(" ", words);
        // Scored from the index and each id's type; a record is made (decoded) only if it can be
        // among the first 'limit': at start-up, making records is most of a search's time.
        List<String> ids = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Map.Entry<String, double[]> e : best.entrySet()) {
            RecordType type = kb.typeOf(e.getKey());
            if (type == null || !types.contains(type)) {
                continue;
            }
            double sum = 0;
            int matched = 0;
            for (double v : e.getValue()) {
                sum += v;
                if (v > 0) {
                    matched++;
                }
            }
            // A record must answer most of the query, not one common word of it.
            if (matched * 2 < words.size()) {
                continue;
            }
            // The records users look for come before the sources and claims that mention them.
            double score = sum / words.size() * typeWeight(type);
            if (words.size() > 1 && containsPhrase(e.getKey(), phrase)) {
                score += 0.5;
            }
            score += 0.3 * titleCoverage(e.getKey(), words);
            if (!years.isEmpty() && inYears(kb.get(e.getKey()).orElseThrow(), years)) {
                score += 1.0;
            }
            ids.add(e.getKey());
            scores.add(score);
        }
        // The limit-th best score: nothing below it can make the list (ties at it are kept, as
        // the order among equal scores needs the records).
        double cutoff = Double.NEGATIVE_INFINITY;
        if (scores.size() > limit) {
            double[] sorted = new double[scores.size()];
            for (int k = 0; k < sorted.length; k++) {
                sorted[k] = scores.get(k);
            }
            java.util.Arrays.sort(sorted);
            cutoff = sorted[sorted.length - limit];
        }
        List<Hit> hits = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            if (scores.get(k) >= cutoff) {
                hits.add(new Hit(kb.get(ids.get(k)).orElseThrow(), scores.get(k), bestField.get(ids.get(k))));
            }
        }
        hits.sort(BEST_FIRST);
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    /** Best score first; then a match in a title before one in a place; then by date and id. */
    private static final Comparator<Hit> BEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Hit a, Hit b) {
            int c = Double.compare(b.score(), a.score());
            if (c == 0) {
                c = Integer.compare(a.field().equals("place") ? 1 : 0, b.field().equals("place") ? 1 : 0);
            }
            if (c == 0) {
                c = sortDate(a.record()).compareTo(sortDate(b.record()));
            }
            return c != 0 ? c : a.record().id().compareTo(b.record().id());
        }
    };

    /** Each query word, and for a place's name every other name of that place. */
    private List<Set<String>> expand(List<String> words) {
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Set<String> alts = new LinkedHashSet<>();
            alts.add(words.get(i));
            addNames(alts, placeNames.get(words.get(i)));
            if (i + 1 < words.size()) {
                // Two-word names ("nur sultan") stand for their place too.
                addNames(alts, placeNames.get(words.get(i) + " " + words.get(i + 1)));
            }
            out.add(alts);
        }
        return out;
    }

    /** A place's one-word names; a longer name ("aulie ata") would match its parts elsewhere. */
    private static void addNames(Set<String> alts, Set<String> names) {
        if (names != null) {
            for (String n : names) {
                if (!n.contains(" ")) {
                    alts.add(n);
                }
            }
        }
    }

    /** Index words that match any of the alternatives, with a quality from 1 (exact) down. */
    private Map<Integer, Double> matches(Set<String> alternatives) {
        Map<Integer, Double> out = new HashMap<>();
        String[] tokens = index.tokens();
        for (String alt : alternatives) {
            for (int t = 0; t < tokens.length; t++) {
                double q = quality(alt, tokens[t]);
                if (q > 0 && q > out.getOrDefault(t, 0.0)) {
                    out.put(t, q);
                }
            }
        }
        return out;
    }

    static double quality(String word, String token) {
        if (word.equals(token)) {
            return 1.0;
        }
        if (word.length() >= 3 && token.startsWith(word)) {
            return 0.7;
        }
        int allowed = allowedTypos(word);
        if (allowed == 0 || Math.abs(word.length() - token.length()) > allowed) {
            return 0;
        }
        int d = Suggestions.distanceWithin(word, token, allowed);
        return d == 1 ? 0.6 : d <= allowed ? 0.4 : 0;
    }

    static int allowedTypos(String word) {
        return word.length() <= 3 ? 0 : word.length() <= 6 ? 1 : 2;
    }

    private static double typeWeight(RecordType t) {
        return switch (t) {
            case TREATY, EVENT, INSTITUTION -> 1.0;
            case TRADE -> 0.9;
            case CLAIM -> 0.7;
            case SOURCE, PLACE -> 0.6;
        };
    }

    private static String sortDate(KbRecord r) {
        DateRange when = r.when();
        return when == null ? "9999" : when.earliest().toString();
    }

    private static double weight(String field) {
        if (field.equals("id") || field.startsWith("title") || field.equals("alias") || field.equals("code")) {
            return 1.0;
        }
        if (field.equals("place") || field.equals("author")) {
            return 0.8;
        }
        if (field.equals("site")) {
            return 0.5;
        }
        if (field.equals("parties") || field.equals("kind")) {
            return 0.3;
        }
        return 0.4;
    }

    /**
     * How much of the record's closest title or name the query covers: "Central Asian Bank" is
     * the bank itself before the agreement whose long title merely names it.
     */
    private double titleCoverage(String id, List<String> words) {
        double best = 0;
        for (SearchIndex.Entry e : index.entriesOf(id)) {
            if (e.field().startsWith("title") || e.field().equals("alias")) {
                String[] tokens = e.folded().split(" ");
                int hit = 0;
                for (String t : tokens) {
                    if (words.contains(t)) {
                        hit++;
                    }
                }
                best = Math.max(best, (double) hit / tokens.length);
            }
        }
        return best;
    }

    private boolean containsPhrase(String id, String phrase) {
        for (SearchIndex.Entry e : index.entriesOf(id)) {
            if (e.folded().contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inYears(KbRecord r, Set<Integer> years) {
        for (int y : years) {
            LocalDate from = LocalDate.of(y, 1, 1);
            LocalDate to = LocalDate.of(y, 12, 31);
            if (r.when() != null && r.when().overlaps(from, to)) {
                return true;
            }
            if (r.id().contains(String.valueOf(y))) {
                return true;
            }
        }
        return false;
    }
}
