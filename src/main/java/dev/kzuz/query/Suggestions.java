package dev.kzuz.query;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
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
        String words = wanted.replace('-', ' ').replaceAll("\\b\\d+\\b", " ").strip();
        if (words.isEmpty()) {
            return List.of();
        }
        return search.run(words, EnumSet.of(type), 3).stream().map(Search.Hit::record).toList();
    }

    /** "'cadb' (Central Asian Bank for Cooperation and Development) or …", titles cut to a readable length. */
    public static String describe(List<KbRecord> records, Lang lang) {
        return String.join(" or ", records.stream().map(r -> {
            String title = r.title().resolve(lang).text();
            return "'" + r.id() + "'" + (title.isEmpty() ? "" : " (" + (title.length() > 60 ? title.substring(0, 59) + "…" : title) + ")");
        }).toList());
    }

    /** Up to {@code max} records whose id is close to {@code wanted}, nearest first. */
    public static List<KbRecord> nearest(String wanted, List<? extends KbRecord> candidates, int max) {
        String w = wanted.toLowerCase(Locale.ROOT);
        List<Scored> near = candidates.stream()
                .map(r -> new Scored(r, score(w, r.id())))
                .filter(s -> s.score <= Math.max(2, w.length() / 3) || s.record.id().startsWith(w) || s.record.id().contains(w))
                .sorted(Comparator.comparingInt((Scored s) -> s.score).thenComparing(s -> s.record.id()))
                .toList();
        if (near.isEmpty()) {
            return List.of();
        }
        // Only the closest: 'cadbx' means 'cadb', not also 'adb'.
        int best = near.get(0).score;
        return near.stream().filter(s -> s.score == best).limit(max).map(s -> (KbRecord) s.record).toList();
    }

    private record Scored(KbRecord record, int score) {
    }

    private static int score(String a, String b) {
        if (b.startsWith(a) || a.startsWith(b)) {
            return Math.abs(a.length() - b.length()) == 0 ? 0 : 1;
        }
        return distance(a, b);
    }

    /** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
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
