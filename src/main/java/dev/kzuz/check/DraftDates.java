package dev.kzuz.check;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.PartialDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as drafts write them in Kazakh, Russian, English and Uzbek: "1997 ж. 10 наурызда",
 * "1994 жылғы 10-12 қаңтар", "10 марта 1997 г.", "March 10, 1997", "10 March 1997",
 * "1998-yil 31-oktabrda", "1998 йил 31 октябрда", "10.03.1997", and years alone.
 */
public final class DraftDates {
    /**
     * A date found in a text: what it means, where it stands, how it was written, and where its
     * year, month and day stand (-1 when absent), so a mismatch is reported at the wrong part.
     */
    public record Found(DateRange date, int offset, String text, int yearAt, int monthAt, int dayAt) {
        /** Where the first part that differs from {@code other} stands. */
        public int offsetOfDifference(DateRange other) {
            PartialDate a = date.start();
            PartialDate b = other.start();
            if (a.year() != b.year() || monthAt < 0) {
                return yearAt;
            }
            if (a.month() != b.month() || dayAt < 0) {
                return monthAt;
            }
            return dayAt;
        }
    }

    /** Each language's months, January first, each with its names (the first is the full name). */
    private static final List<List<String>> KK = WordLists.of("kk").months();
    private static final List<List<String>> RU = WordLists.of("ru").months();
    private static final List<List<String>> EN = WordLists.of("en").months();
    private static final List<List<String>> UZ = WordLists.of("uz").months();

    // Kazakh and Russian month names take endings ("наурызда", "марта"); English ones a full stop.
    private static final String KK_MONTH = "(" + alternatives(KK) + ")[а-яәғқңөұүһі]*";
    private static final String RU_MONTH = "(" + alternatives(RU) + ")[а-я]*";
    private static final String EN_MONTH = "(" + alternatives(EN) + ")\\.?";
    // Uzbek ones take endings in either alphabet ("oktabrda", "avgustida", "октябрда").
    private static final String UZ_MONTH = "(" + alternatives(UZ) + ")[\\p{L}‘’]*";
    /** Uzbek's "year", after a year: 1998-yil, 1998 yil, 1998-yilning, 1998 йил, 1998 й. */
    private static final String UZ_YEAR = "(\\d{4})\\s*-?\\s*(?:yil(?:ning|gi|dagi|i)?|йил(?:нинг|ги|даги|и)?|y\\.|й\\.)";
    private static final String DAYS = "(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?";

    private static final List<Pattern> DAY_PATTERNS = List.of(
            // 1997 ж. 10 наурызда; 1994 жылғы 10-12 қаңтар; 1992 жылдың 23 қарашасынан; 1992 ж. 9-қазанда; 1994 жылдың 8-ші шілдесінде
            Pattern.compile("(\\d{4})\\s*(?:ж\\.?|жылы|жылғы|жылдың)\\s*" + DAYS + "(?:-?(?:ші|шы|сі|сы))?[-\\s]*" + KK_MONTH, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // 10 марта 1997 г.; 10-12 января 1994 года
            Pattern.compile(DAYS + "\\s+" + RU_MONTH + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // 10 March 1997; 10-12 January 1994
            Pattern.compile(DAYS + "\\s+" + EN_MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE),
            // March 10, 1997; March 10-12, 1994
            Pattern.compile(EN_MONTH + "\\s+" + DAYS + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE),
            // 10.03.1997
            Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])"),
            // 1998-yil 31-oktabrda; 1994-yil 10–12-yanvar; 1998 йил 31 октябрда
            Pattern.compile(UZ_YEAR + "\\s*" + DAYS + "\\s*-?\\s*" + UZ_MONTH, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    private static final List<Pattern> MONTH_PATTERNS = List.of(
            // 1993 жылдың қарашасынан; 1994 жылғы шілдеде; 1995ж. тамызда
            Pattern.compile("(\\d{4})\\s*(?:ж\\.?|жылы|жылғы|жылдың)\\s*" + KK_MONTH, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // в январе 1997 г.; январь 1997
            Pattern.compile(RU_MONTH + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // January 1997
            Pattern.compile(EN_MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE),
            // 2024-yil avgustida; 2008 йил октябрида
            Pattern.compile(UZ_YEAR + "\\s*" + UZ_MONTH, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    /** Groups of year, month and day in each day pattern, and of year and month in each month pattern. */
    private static final int[][] DAY_GROUPS = {{1, 4, 2}, {4, 3, 1}, {4, 3, 1}, {4, 1, 2}, {3, 2, 1}, {1, 4, 2}};
    private static final int[][] MONTH_GROUPS = {{1, 2}, {2, 1}, {2, 1}, {1, 2}};

    private static final Comparator<Found> BY_OFFSET = new Comparator<>() {
        @Override
        public int compare(Found a, Found b) {
            return Integer.compare(a.offset(), b.offset());
        }
    };

    // A hyphen after a year joins it to a number ("1998-2005") unless Uzbek's "yil" follows ("2023-yilda").
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,-])(1[89]\\d\\d|20\\d\\d)(?!\\d|-(?![yYйЙ])|\\.\\d)");

    /**
     * The month names a pattern needs. Where one opens the pattern, the regex engine tries a
     * dozen names at every character of the text; most sentences name no month, and a look for
     * the names' first letters (below) tells so at a fraction of the cost.
     */
    private enum Needs { NOTHING, EN_MONTH, RU_MONTH }

    private static final Needs[] DAY_NEEDS = {Needs.NOTHING, Needs.RU_MONTH, Needs.EN_MONTH, Needs.EN_MONTH, Needs.NOTHING, Needs.NOTHING};
    private static final Needs[] MONTH_NEEDS = {Needs.NOTHING, Needs.RU_MONTH, Needs.EN_MONTH, Needs.NOTHING};
    /** Every name in EN_MONTH and RU_MONTH, as it stands in a case-folded text. */
    private static final String[] EN_STARTS = names(EN);
    private static final String[] RU_STARTS = names(RU);
    /** Latin and Cyrillic case-folded once (see foldCase): most of any draft. */
    private static final char[] FOLDED = new char[0x500];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = fold(c);
        }
    }

    private DraftDates() {
    }

    /** Every date in the text, at the most precise reading, none overlapping another. */
    public static List<Found> find(String text) {
        return find(text, true);
    }

    /** As {@link #find(String)}; with {@code skipHopeless} false, every pattern is tried, whatever the text holds. */
    static List<Found> find(String text, boolean skipHopeless) {
        List<Found> out = new ArrayList<>();
        if (skipHopeless && !hasYear(text)) {
            return out; // every pattern needs four digits
        }
        String folded = skipHopeless ? foldCase(text) : null;
        boolean[] taken = new boolean[text.length() + 1];
        for (int p = 0; p < DAY_PATTERNS.size(); p++) {
            if (skipHopeless && !mayHold(folded, DAY_NEEDS[p])) {
                continue;
            }
            Matcher m = DAY_PATTERNS.get(p).matcher(text);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    DateRange d = dayDate(p, m);
                    if (d != null) {
                        int[] g = DAY_GROUPS[p];
                        out.add(new Found(d, m.start(), m.group(), m.start(g[0]), m.start(g[1]), m.start(g[2])));
                        take(taken, m.start(), m.end());
                    }
                }
            }
        }
        for (int p = 0; p < MONTH_PATTERNS.size(); p++) {
            if (skipHopeless && !mayHold(folded, MONTH_NEEDS[p])) {
                continue;
            }
            Matcher m = MONTH_PATTERNS.get(p).matcher(text);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    DateRange d = monthDate(p, m);
                    if (d != null) {
                        int[] g = MONTH_GROUPS[p];
                        out.add(new Found(d, m.start(), m.group(), m.start(g[0]), m.start(g[1]), -1));
                        take(taken, m.start(), m.end());
                    }
                }
            }
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            if (free(taken, y.start(), y.end())) {
                out.add(new Found(DateRange.of(new PartialDate(Integer.parseInt(y.group(1)), 0, 0)), y.start(), y.group(),
                        y.start(), -1, -1));
            }
        }
        out.sort(BY_OFFSET);
        return out;
    }

    /** Whether four ASCII digits stand in a row, as \\d{4} (without UNICODE_CHARACTER_CLASS) needs. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length() && run < 4; i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
        }
        return run >= 4;
    }

    /**
     * Each character case-folded as Pattern.UNICODE_CASE compares it, which folds at least the
     * ASCII letters that CASE_INSENSITIVE alone folds: a lower-case word such a pattern matches
     * stands in the folded text as it is written in the pattern.
     */
    static String foldCase(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < FOLDED.length ? FOLDED[c] : fold(c);
        }
        return new String(out);
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }


    private static boolean mayHold(String folded, Needs needs) {
        return switch (needs) {
            case NOTHING -> true;
            case EN_MONTH -> containsAny(folded, EN_STARTS);
            case RU_MONTH -> containsAny(folded, RU_STARTS);
        };
    }

    private static boolean containsAny(String text, String[] parts) {
        for (String p : parts) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static DateRange dayDate(int pattern, Matcher m) {
        try {
            return switch (pattern) {
                case 0 -> span(Integer.parseInt(m.group(1)), month(KK, m.group(4)), m.group(2), m.group(3));
                case 1 -> span(Integer.parseInt(m.group(4)), month(RU, m.group(3)), m.group(1), m.group(2));
                case 2 -> span(Integer.parseInt(m.group(4)), month(EN, m.group(3)), m.group(1), m.group(2));
                case 3 -> span(Integer.parseInt(m.group(4)), month(EN, m.group(1)), m.group(2), m.group(3));
                case 4 -> DateRange.of(new PartialDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
                case 5 -> span(Integer.parseInt(m.group(1)), month(UZ, m.group(4)), m.group(2), m.group(3));
                default -> throw new IllegalStateException("no reading for day pattern " + pattern);
            };
        } catch (IllegalArgumentException | DateTimeException e) {
            return null; // "31 June", "45.03.1997" and the like: not a date (LocalDate throws the latter)
        }
    }

    private static DateRange monthDate(int pattern, Matcher m) {
        try {
            return switch (pattern) {
                case 0 -> DateRange.of(new PartialDate(Integer.parseInt(m.group(1)), month(KK, m.group(2)), 0));
                case 1 -> DateRange.of(new PartialDate(Integer.parseInt(m.group(2)), month(RU, m.group(1)), 0));
                case 2 -> DateRange.of(new PartialDate(Integer.parseInt(m.group(2)), month(EN, m.group(1)), 0));
                case 3 -> DateRange.of(new PartialDate(Integer.parseInt(m.group(1)), month(UZ, m.group(2)), 0));
                default -> throw new IllegalStateException("no reading for month pattern " + pattern);
            };
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    private static DateRange span(int year, int month, String day, String endDay) {
        PartialDate start = new PartialDate(year, month, Integer.parseInt(day));
        PartialDate end = endDay == null ? start : new PartialDate(year, month, Integer.parseInt(endDay));
        return new DateRange(start, end);
    }

    /** The months' names as alternatives of a pattern: the full names first, then the others. */
    private static String alternatives(List<List<String>> months) {
        List<String> full = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (List<String> names : months) {
            full.add(names.get(0));
            others.addAll(names.subList(1, names.size()));
        }
        full.addAll(others);
        return WordLists.alternatives(full, "");
    }

    /** Every name of every month. */
    private static String[] names(List<List<String>> months) {
        List<String> out = new ArrayList<>();
        for (List<String> names : months) {
            out.addAll(names);
        }
        return out.toArray(new String[0]);
    }

    /** The month (1–12) a name found by a pattern begins, or is the start of ("sept" of september). */
    private static int month(List<List<String>> months, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String undotted = w.replace(".", "");
        for (int i = 0; i < months.size(); i++) {
            for (String name : months.get(i)) {
                if (w.startsWith(name) || name.startsWith(undotted)) {
                    return i + 1;
                }
            }
        }
        throw new IllegalArgumentException("no month: " + word);
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }
}
