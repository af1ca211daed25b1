package dev.kzuz.check;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A draft's text cut into sentences, each knowing the line every character stands on. A sentence
 * ends at . ! ? before a capital letter or a blank line, but not after an abbreviation such as
 * "ж.", "г." or an initial ("Н.А. Назарбаев"), so a date like "1997 ж. 10 наурызда" stays whole.
 */
public final class Draft {
    /** A sentence: its text and where it starts in the draft. */
    public record Sentence(String text, int start) {
    }

    /** Abbreviations of every language ({@link WordLists}), as written. */
    private static final Set<String> ABBREVIATIONS = Set.copyOf(WordLists.all(WordLists.SENTENCE_ABBREVIATIONS));

    private final String text;
    private final int[] lineStarts;
    private final List<Sentence> sentences;

    /** A Markdown draft: only its prose is read ({@link Prose}). */
    public Draft(String text) {
        this(text, true);
    }

    /** A draft, Markdown or plain text (read whole, as written). */
    public Draft(String text, boolean markdown) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = new int[starts.size()];
        for (int k = 0; k < lineStarts.length; k++) {
            lineStarts[k] = starts.get(k);
        }
        Prose.Result prose = markdown ? Prose.of(text) : new Prose.Result(text, new java.util.TreeSet<>());
        List<Sentence> all = split(Apostrophes.asUzbek(prose.text()), prose.blockEnds());
        List<Sentence> kept = new ArrayList<>(all.size());
        for (Sentence s : all) {
            if (!reportsDisagreement(s.text())) {
                kept.add(s);
            }
        }
        sentences = List.copyOf(kept);
    }

    /**
     * How kzuz's own sentences on disputed values begin, in every language ("Sources disagree on
     * the", "Источники расходятся ("): they name a rejected value on purpose and claim nothing.
     */
    private static final List<String> DISAGREEMENT_LEADS = leads("cite.disagreement", "cite.disagreement.values", "cite.unconfirmed");

    private static List<String> leads(String... keys) {
        List<String> out = new ArrayList<>();
        for (Lang lang : Catalogue.LANGUAGES) {
            for (String key : keys) {
                String template = Catalogue.of(lang).get(key);
                int hole = template.indexOf('{');
                out.add((hole < 0 ? template : template.substring(0, hole)).strip());
            }
        }
        return List.copyOf(out);
    }

    static boolean reportsDisagreement(String sentence) {
        for (String lead : DISAGREEMENT_LEADS) {
            if (sentence.startsWith(lead)) {
                return true;
            }
        }
        return false;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public String text() {
        return text;
    }

    /** The 1-based line of a character offset. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** Whether no blank line stands between two offsets. */
    public boolean sameParagraph(int from, int to) {
        int blank = text.indexOf("\n\n", from);
        return blank < 0 || blank >= to;
    }

    /** The 1-based column of a character offset on its line, counted in characters (code points), as editors count. */
    public int columnOf(int offset) {
        int lineStart = lineStarts[lineOf(offset) - 1];
        return text.codePointCount(lineStart, Math.min(offset, text.length())) + 1;
    }

    /** Sentences of the prose: a block (paragraph, heading, list item) always ends one. */
    private static List<Sentence> split(String text, java.util.NavigableSet<Integer> blockEnds) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = false;
            if (blockEnds.contains(i + 1)) {
                end = true;
            } else if (c == '\n' && (i + 1 < text.length() && text.charAt(i + 1) == '\n' || isBullet(text, i + 1))) {
                end = true;
            } else if ((c == '.' || c == '!' || c == '?') && nextStartsSentence(text, i + 1)
                    && (!abbreviation(text, i) || lineBreakAfter(text, i + 1))) {
                // "… 1997 г.\nВ 2006 г. …": sentences on lines of their own end at an abbreviation too.
                end = true;
            } else if (c == '.' && i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i + 1)) && !abbreviation(text, i)) {
                // "…бейімделген.1996 ж." — a sentence glued on that starts with a year.
                end = true;
            }
            if (end) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static boolean isBullet(String text, int i) {
        return i < text.length() && (text.startsWith("- ", i) || text.startsWith("* ", i) || text.startsWith("#", i));
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        int a = from;
        while (a < to && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        if (a < to) {
            out.add(new Sentence(text.substring(a, to), a));
        }
    }

    /** After the stop: the end, or a capital letter or opening quote (after space, or glued on). */
    private static boolean nextStartsSentence(String text, int i) {
        int j = i;
        // Footnote marks after the stop belong to the sentence before ("….[^a][^b] Next").
        while (text.startsWith("[^", j) && text.indexOf(']', j) > j) {
            j = text.indexOf(']', j) + 1;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char c = text.charAt(j);
        // The essay often glues the next sentence on ("…бекітілді.Өзбекстан"): a capital counts either way.
        return Character.isUpperCase(c) || (j > i && (c == '«' || c == '"' || c == '“' || Character.isDigit(c)));
    }

    /** Whether the white space from {@code from} on holds a line break and a capital follows ("1992 ж.\n9-қазанда" goes on). */
    private static boolean lineBreakAfter(String text, int from) {
        boolean broken = false;
        int i = from;
        for (; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            broken |= text.charAt(i) == '\n';
        }
        return broken && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private static boolean abbreviation(String text, int dot) {
        int j = dot - 1;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        String word = text.substring(j + 1, dot);
        if (word.isEmpty()) {
            return false;
        }
        return word.length() == 1 || ABBREVIATIONS.contains(word) || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
