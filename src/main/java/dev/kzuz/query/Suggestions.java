package dev.kzuz.query;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The ids nearest to a mistyped one, for "did you mean". */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * What an unknown id probably meant: the closest ids of that type, or else the records the
     * search matcher finds for the id's words ("eternal-frendship" finds the treaties).
     */
    public static List<KbRecord> forId(String wanted, RecordType type, KnowledgeBase kb, Search search) {
        List<KbRecord> near = nearest(wanted, kb.ofType(type), 3);
        if (!near.isEmpty()) {
            return near;
        }
        // The id's words, not its year: "nope-1999" should suggest nothing, not every 1999 record.
        String words = wordsWithoutNumbers(wanted);
        if (words.isEmpty()) {
            return List.of();
        }
        List<KbRecord> found = new ArrayList<>();
        for (Search.Hit hit : search.run(words, EnumSet.of(type), 3)) {
            found.add(hit.record());
        }
        return found;
    }

    /** "eternal-friendship-1998" as "eternal friendship": the id's words that are not all digits. */
    static String wordsWithoutNumbers(String id) {
        StringBuilder b = new StringBuilder();
        for (String word : id.replace('-', ' ').split(" ")) {
            boolean number = !word.isEmpty();
            for (int i = 0; i < word.length() && number; i++) {
                number = word.charAt(i) >= '0' && word.charAt(i) <= '9';
            }
            if (!word.isEmpty() && !number) {
                b.append(b.length() == 0 ? "" : " ").append(word);
            }
        }
        return b.toString();
    }

    /** "'cadb' (Central Asian Bank for Cooperation and Development) or …", titles cut to a readable length. */
    public static String describe(List<KbRecord> records, Lang lang) {
        List<String> described = new ArrayList<>();
        for (KbRecord r : records) {
            String title = r.titles().resolve(lang).text();
            described.add("'" + r.id() + "'" + (title.isEmpty() ? "" : " (" + (title.length() > 60 ? title.substring(0, 59) + "…" : title) + ")"));
        }
        return String.join(" or ", described);
    }

    /** Up to {@code max} records whose id is close to {@code wanted}, nearest first. */
    public static List<KbRecord> nearest(String wanted, List<? extends KbRecord> candidates, int max) {
        String w = wanted.toLowerCase(Locale.ROOT);
        // Loops, not streams: a mistyped id is answered at start-up (see Timeline).
        List<Scored> near = new ArrayList<>();
        for (KbRecord r : candidates) {
            Scored s = new Scored(r, score(w, r.id()));
            if (s.score <= Math.max(2, w.length() / 3) || r.id().startsWith(w) || r.id().contains(w)) {
                near.add(s);
            }
        }
        if (near.isEmpty()) {
            return List.of();
        }
        near.sort(NEAREST_FIRST);
        // Only the closest: 'cadbx' means 'cadb', not also 'adb'.
        int best = near.get(0).score;
        List<KbRecord> closest = new ArrayList<>();
        for (Scored s : near) {
            if (s.score == best && closest.size() < max) {
                closest.add(s.record);
            }
        }
        return closest;
    }

    private static final Comparator<Scored> NEAREST_FIRST = new Comparator<>() {
        @Override
        public int compare(Scored a, Scored b) {
            int c = Integer.compare(a.score, b.score);
            return c != 0 ? c : a.record.id().compareTo(b.record.id());
        }
    };

    private record Scored(KbRecord record, int score) {
    }

    private static int score(String a, String b) {
        if (b.startsWith(a) || a.startsWith(b)) {
            return Math.abs(a.length() - b.length()) == 0 ? 0 : 1;
        }
        return distance(a, b);
    }

    /**
     * The distance if it is at most {@code max}, else {@code max + 1}: three rolling rows, stopping
     * as soon as a row's best exceeds {@code max}. Search compares a query word with every index
     * word, so this runs thousands of times before the JIT has compiled anything.
     */
    static int distanceWithin(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int n = b.length();
        int[] before = new int[n + 1];
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                int cost = ai == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                cur[j] = d;
                best = Math.min(best, d);
            }
            if (best > max) {
                return max + 1;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[n], max + 1);
    }

    /** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
