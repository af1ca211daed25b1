package dev.kzuz.query;

import dev.kzuz.model.KbRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The ids nearest to a mistyped one, for "did you mean". */
public final class Suggestions {
    private Suggestions() {
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
