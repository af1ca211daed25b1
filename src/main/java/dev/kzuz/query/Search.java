package dev.kzuz.query;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Membership;
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
 * Finds records by any spelling and in any form: the query is folded and stemmed like the index,
 * each word matches index words exactly, by stem, by prefix or within a typo or two, place names
 * (in any form) stand for all their names, and a year in the query ranks the records of that
 * year first. Stop words ("в", "of", "туралы") need not match; words that ask about a country
 * leaving or suspending its membership ("вышел", "left", "шықты") put an institution the query
 * names first when its members list has such a period.
 */
public final class Search {
    /** A found record, its score, and the field and text that matched best. */
    public record Hit(KbRecord record, double score, String field) {
    }

    private final KnowledgeBase kb;
    private final SearchIndex index;
    /** The quality of a match by stem: below an exact match, above a prefix. */
    static final double STEM = 0.9;
    /** What a membership question adds to an institution it names that a country left or suspended. */
    static final double MEMBERSHIP_CHANGE = 1.0;

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
        List<Stems.Word> typed = new Stems(index.languages()).ofQuery(query);
        // Stop words and membership words say what is asked, not which record: a record need not
        // match them (unless they are all the query has).
        List<Stems.Word> words = new ArrayList<>();
        boolean membershipChange = false;
        for (Stems.Word w : typed) {
            if (!w.stopword() && !w.membershipChange()) {
                words.add(w);
            }
            membershipChange |= w.membershipChange();
        }
        if (words.isEmpty()) {
            words = typed;
            membershipChange = false;
        }
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> folded = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (Stems.Word w : typed) {
            folded.add(w.folded());
            stems.addAll(w.stems());
            if (isYear(w.folded())) {
                years.add(Integer.parseInt(w.folded()));
            }
        }
        // best[record][word] = the best weighted quality of that query word in the record
        Map<String, double[]> best = new HashMap<>();
        Map<String, String> bestField = new HashMap<>();
        Map<String, Double> bestFieldScore = new HashMap<>();
        // Records a query word names (by title, other name or id), for a membership question.
        Set<String> named = new HashSet<>();
        for (int w = 0; w < words.size(); w++) {
            for (Match m : matches(words, w)) {
                SearchIndex.Entry entry = index.entry(m.entry());
                double q = m.quality() * weight(entry.field());
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
                if (m.quality() >= STEM && isNameOrId(entry.field())) {
                    named.add(entry.id());
                }
            }
        }
        String phrase = String.join(" ", folded);
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
            if (folded.size() > 1 && (containsPhrase(e.getKey(), phrase) || containsStemmedPhrase(e.getKey(), typed))) {
                score += 0.5;
            }
            score += 0.3 * titleCoverage(e.getKey(), folded, stems);
            if (membershipChange && type == RecordType.INSTITUTION && named.contains(e.getKey()) && leftOrSuspended(e.getKey())) {
                score += MEMBERSHIP_CHANGE;
            }
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
        Set<String> abbreviated = new HashSet<>();
        for (Hit h : hits) {
            if (!phrase.contains(" ") && h.record() instanceof Institution i && isAbbreviatedAs(i, phrase)) {
                abbreviated.add(i.id());
            }
        }
        hits.sort(new BestFirst(abbreviated));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    /** Whether the folded query is, as a whole, one of the institution's abbreviations. */
    private boolean isAbbreviatedAs(Institution institution, String phrase) {
        // The index has every alias folded: most institutions are ruled out without folding any.
        boolean named = false;
        for (SearchIndex.Entry e : index.entriesOf(institution.id())) {
            named |= e.field().equals("alias") && e.folded().equals(phrase);
        }
        if (!named) {
            return false;
        }
        for (String alias : institution.aliases()) {
            if (isAbbreviation(alias) && Fold.key(alias).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** An abbreviation: one word of two to eight letters, two of them capitals (CSTO, ОДКБ, ЕврАзЭС, KXShT). */
    static boolean isAbbreviation(String name) {
        int capitals = 0;
        for (int k = 0; k < name.length(); k++) {
            if (!Character.isLetter(name.charAt(k))) {
                return false;
            }
            capitals += Character.isUpperCase(name.charAt(k)) ? 1 : 0;
        }
        return name.length() >= 2 && name.length() <= 8 && capitals >= 2;
    }

    /**
     * Best score first; then an institution the query is an abbreviation of (ОДКБ is the body,
     * before a treaty or founding event that goes by the same abbreviation); then a match in a
     * title before one in a place; then by date and id.
     */
    private static final class BestFirst implements Comparator<Hit> {
        private final Set<String> abbreviated;

        BestFirst(Set<String> abbreviated) {
            this.abbreviated = abbreviated;
        }

        @Override
        public int compare(Hit a, Hit b) {
            int c = Double.compare(b.score(), a.score());
            if (c == 0) {
                c = Boolean.compare(abbreviated.contains(b.record().id()), abbreviated.contains(a.record().id()));
            }
            if (c == 0) {
                c = Integer.compare(a.field().equals("place") ? 1 : 0, b.field().equals("place") ? 1 : 0);
            }
            if (c == 0) {
                c = sortDate(a.record()).compareTo(sortDate(b.record()));
            }
            return c != 0 ? c : a.record().id().compareTo(b.record().id());
        }
    }

    /**
     * The entries query word {@code w} matches, with the best quality it has in each: its index
     * words (exact, prefix, typo) and, for a place's name in any form, the place's other names;
     * and its stems.
     */
    private List<Match> matches(List<Stems.Word> words, int w) {
        Stems.Word word = words.get(w);
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(word.folded());
        addNames(alternatives, placeNames.get(word.folded()));
        for (String stem : word.stems()) {
            addNames(alternatives, placeNames.get(stem));
        }
        if (w + 1 < words.size()) {
            // Two-word names ("nur sultan", "Нур-Султане") stand for their place too.
            for (String first : forms(word)) {
                for (String second : forms(words.get(w + 1))) {
                    addNames(alternatives, placeNames.get(first + " " + second));
                }
            }
        }
        // Index words first (the best quality of each), then stems: in this order the field a
        // record reports, among equally good ones, is the one it reported before stems.
        Map<Integer, Double> byToken = new HashMap<>();
        String[] tokens = index.tokens();
        for (String alt : alternatives) {
            for (int t = 0; t < tokens.length; t++) {
                double q = quality(alt, tokens[t]);
                if (q > 0 && q > byToken.getOrDefault(t, 0.0)) {
                    byToken.put(t, q);
                }
            }
        }
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Integer, Double> t : byToken.entrySet()) {
            for (int e : index.postings(t.getKey())) {
                out.add(new Match(e, t.getValue()));
            }
        }
        for (String stem : word.stems()) {
            for (int e : index.stemPostings(stem)) {
                out.add(new Match(e, STEM));
            }
        }
        return out;
    }

    /** An index entry a query word matches, and how well. */
    private record Match(int entry, double quality) {
    }

    /** A word as typed and as stemmed. */
    private static Set<String> forms(Stems.Word word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word.folded());
        out.addAll(word.stems());
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
     * How much of the record's closest title or name the query covers, word by word as written
     * or by stem: "Central Asian Bank" is the bank itself before the agreement whose long title
     * merely names it.
     */
    private double titleCoverage(String id, List<String> words, Set<String> stems) {
        double best = 0;
        for (SearchIndex.Entry e : index.entriesOf(id)) {
            if (SearchIndex.isName(e.field()) && best < 1) {
                best = Math.max(best, covered(e.folded(), words));
                best = Math.max(best, covered(e.stems(), stems));
            }
        }
        return best;
    }

    /** The share of a text's words (between spaces) that are in the collection, any of a word's stems ('|' between them) counting. */
    private static double covered(String text, java.util.Collection<String> words) {
        int count = 0;
        int hit = 0;
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf(' ', from);
            end = end < 0 ? text.length() : end;
            boolean found = false;
            int at = from;
            while (at <= end && !found) {
                int bar = text.indexOf('|', at);
                int to = bar < 0 || bar > end ? end : bar;
                found = words.contains(text.substring(at, to));
                at = to + 1;
            }
            count++;
            hit += found ? 1 : 0;
            from = end + 1;
        }
        return (double) hit / count;
    }

    /** A field that names its record: a title, another name, the id. */
    private static boolean isNameOrId(String field) {
        return field.startsWith("title") || field.equals("alias") || field.equals("id");
    }

    /** Whether an institution's members list has a period in which a country had left or was suspended. */
    private boolean leftOrSuspended(String id) {
        Institution institution = kb.get(id, Institution.class).orElse(null);
        if (institution == null) {
            return false;
        }
        for (Membership m : institution.members()) {
            switch (m.status()) {
                case WITHDRAWN, SUSPENDED -> {
                    return true;
                }
                case PARTY, MEMBER, OBSERVER -> {
                    // Not a change.
                }
            }
        }
        return false;
    }

    private boolean containsPhrase(String id, String phrase) {
        for (SearchIndex.Entry e : index.entriesOf(id)) {
            if (e.folded().contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a title or other name of the record has the query's words in a row, each in any
     * form ("Шанхайской организации сотрудничества" in "Шанхайская организация сотрудничества").
     */
    private boolean containsStemmedPhrase(String id, List<Stems.Word> typed) {
        for (SearchIndex.Entry e : index.entriesOf(id)) {
            if (!SearchIndex.isName(e.field())) {
                continue;
            }
            String[] words = e.stems().split(" ");
            for (int start = 0; start + typed.size() <= words.length; start++) {
                boolean all = true;
                for (int k = 0; k < typed.size() && all; k++) {
                    all = anyIn(words[start + k], typed.get(k).stems());
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of a word's stems ('|' between them) is among these. */
    private static boolean anyIn(String word, List<String> stems) {
        for (String s : stems) {
            if (word.equals(s) || word.startsWith(s + "|") || word.endsWith("|" + s) || word.contains("|" + s + "|")) {
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
