package dev.kzuz.render;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kzuz adds to a Markdown draft, as text: footnotes each defined once, or (as Kazakh and
 * Russian papers cite) numbers in brackets with one numbered reference list kept at the end.
 * Every command writes footnotes; this turns them into whichever the draft uses.
 */
public final class DraftText {
    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]: ?(.*)$");
    private static final Pattern ANY_DEFINITION = Pattern.compile("(?m)^\\[\\^([^\\]\\s]+)\\]:");
    /** A run of footnote marks, with the full stop it follows (a number goes before the stop). */
    private static final Pattern MARKS = Pattern.compile("(\\.)?((?:\\[\\^[^\\]\\s]+\\])+)");
    private static final Pattern MARK = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");
    /** One entry of the list kzuz keeps: the number, the reference, the source id in a comment readers never see. */
    private static final Pattern ITEM = Pattern.compile("^(\\d+)\\. (.*) <!-- kzuz:(\\S+) -->$");

    private DraftText() {
    }

    /** What a command wrote: the text, and its footnote definitions by label (taken out of the text). */
    public record Addition(String body, Map<String, String> definitions) {
        public static Addition of(String markdown) {
            StringBuilder body = new StringBuilder();
            Map<String, String> definitions = new LinkedHashMap<>();
            for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
                Matcher m = DEFINITION.matcher(line);
                if (m.matches()) {
                    definitions.putIfAbsent(m.group(1), m.group(2));
                } else {
                    body.append(line).append('\n');
                }
            }
            return new Addition(body.toString().strip(), definitions);
        }

        /** Paragraphs, tables and lists: blocks between blank lines. */
        public int blocks() {
            return body.isEmpty() ? 0 : body.split("\n\\s*\n").length;
        }
    }

    /** The whole new draft, with how many blocks and how many footnotes or references were added. */
    public record Result(String text, int blocks, int references, boolean numbered) {
    }

    /** Whether the draft already keeps a numbered list of references (then additions are numbered too). */
    public static boolean isNumbered(String draft) {
        return listAt(lines(draft)) >= 0;
    }

    /**
     * A footnote label naming a page of its source: "tokayev-2000@45" (what cite --page writes);
     * the source's own definition gives the reference, the page follows it.
     */
    private static final char PAGE = '@';

    /** The draft with the addition after it, each footnote defined once (a page's note made from its source's reference). */
    public static Result withFootnotes(String draft, Addition a, Lang lang) {
        java.util.Set<String> defined = new java.util.HashSet<>();
        Matcher m = ANY_DEFINITION.matcher(draft);
        while (m.find()) {
            defined.add(m.group(1));
        }
        StringBuilder add = new StringBuilder();
        if (!a.body().isEmpty()) {
            add.append(a.body()).append("\n\n");
        }
        int added = 0;
        // Only what the text cites, in the order it first does: a source cited only at a page is defined at that page.
        java.util.Set<String> cited = new java.util.LinkedHashSet<>();
        Matcher mark = MARK.matcher(a.body());
        while (mark.find()) {
            cited.add(mark.group(1));
        }
        for (String label : cited) {
            String reference = reference(a, label, lang);
            if (reference != null && defined.add(label)) {
                add.append("[^").append(label).append("]: ").append(reference).append('\n');
                added++;
            }
        }
        String newline = lineEnding(draft);
        String tail = add.toString().replaceAll("\n+$", "\n");
        return new Result(draft + separator(draft, newline) + tail.replace("\n", newline), a.blocks(), added, false);
    }

    /**
     * The draft with the addition's footnote marks as numbers ("[3]", "[1, 4]", before a full stop),
     * placed before the reference list, and its new references at the end of that list under
     * {@code lang}'s heading; sources the list has keep their numbers.
     */
    public static Result numbered(String draft, Addition a, Lang lang) {
        String newline = lineEnding(draft);
        List<String> lines = lines(draft);
        int at = listAt(lines);
        List<String> before = new ArrayList<>(at < 0 ? lines : lines.subList(0, at));
        List<String> items = new ArrayList<>();
        List<String> after = new ArrayList<>();
        String heading = "## " + Catalogue.of(lang).get("refs.heading");
        Map<String, Integer> numbers = new LinkedHashMap<>();
        if (at >= 0) {
            heading = lines.get(at);
            int k = at + 1;
            while (k < lines.size() && lines.get(k).isBlank()) {
                k++;
            }
            for (; k < lines.size(); k++) {
                Matcher m = ITEM.matcher(lines.get(k));
                if (!m.matches()) {
                    break;
                }
                items.add(lines.get(k));
                numbers.put(m.group(3), Integer.valueOf(m.group(1)));
            }
            after.addAll(lines.subList(k, lines.size()));
        }
        int next = numbers.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        StringBuilder body = new StringBuilder();
        Matcher run = MARKS.matcher(a.body());
        int added = 0;
        while (run.find()) {
            java.util.TreeMap<Integer, String> cited = new java.util.TreeMap<>();
            Matcher mark = MARK.matcher(run.group(2));
            while (mark.find()) {
                String label = mark.group(1);
                String id = sourceOf(label);
                Integer n = numbers.get(id);
                if (n == null) {
                    n = next++;
                    numbers.put(id, n);
                    String reference = a.definitions().getOrDefault(id, id);
                    items.add(n + ". " + reference + " <!-- kzuz:" + id + " -->");
                    added++;
                }
                String page = label.equals(id) ? null : label.substring(id.length() + 1);
                cited.merge(n, page == null ? "" : Catalogue.of(lang).fill("ref.page.in.text", "n", page), (x, y) -> x.isEmpty() ? y : x);
            }
            // GOST: "[1, 3]", and with a page "[3, с. 45; 5]".
            boolean paged = cited.values().stream().anyMatch(p -> !p.isEmpty());
            List<String> parts = new ArrayList<>();
            cited.forEach((n, page) -> parts.add(page.isEmpty() ? String.valueOf(n) : n + ", " + page));
            String numbersText = "[" + String.join(paged ? "; " : ", ", parts) + "]";
            boolean afterWord = run.start() > 0 && !Character.isWhitespace(a.body().charAt(run.start() - 1));
            boolean stop = run.group(1) != null;
            // "1994 г." and "1994 ж." keep their own dot before the number: "… 1994 г. [1]."
            String replacement = (stop && abbreviationBefore(a.body(), run.start()) ? "." : "")
                    + (stop || afterWord ? " " : "") + numbersText + (stop ? "." : "");
            run.appendReplacement(body, Matcher.quoteReplacement(replacement));
        }
        run.appendTail(body);
        while (!before.isEmpty() && before.get(before.size() - 1).isBlank()) {
            before.remove(before.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (String line : before) {
            out.append(line).append('\n');
        }
        if (!before.isEmpty()) {
            out.append('\n');
        }
        if (body.length() > 0) {
            out.append(body).append("\n\n");
        }
        out.append(heading).append("\n\n");
        for (String item : items) {
            out.append(item).append('\n');
        }
        for (String line : after) {
            out.append(line).append('\n');
        }
        String text = out.toString().replaceAll("\n+$", "\n");
        return new Result(text.replace("\n", newline), a.blocks(), added, true);
    }

    /** The source a footnote label names: the label, less a page after {@link #PAGE}. */
    private static String sourceOf(String label) {
        int at = label.indexOf(PAGE);
        return at < 0 ? label : label.substring(0, at);
    }

    /** A label's reference: its own definition, else its source's with the page after it; null when neither is given. */
    private static String reference(Addition a, String label, Lang lang) {
        String own = a.definitions().get(label);
        if (own != null) {
            return own;
        }
        String id = sourceOf(label);
        String source = a.definitions().get(id);
        return source == null || id.equals(label) ? null
                : source + " " + Catalogue.of(lang).fill("ref.page.in.note", "n", label.substring(id.length() + 1));
    }

    /** Whether the word ending at {@code at} is a short lower-case abbreviation (г, ж, гг, жж, б): its dot is its own. */
    private static boolean abbreviationBefore(String text, int at) {
        int from = at;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        int length = at - from;
        return length >= 1 && length <= 2 && Character.isLowerCase(text.charAt(from)) && (from == 0 || text.charAt(from - 1) == ' ');
    }

    /** The line of the reference-list heading kzuz wrote (in any language), or -1. */
    private static int listAt(List<String> lines) {
        List<String> headings = new ArrayList<>();
        for (Lang lang : Catalogue.LANGUAGES) {
            headings.add("## " + Catalogue.of(lang).get("refs.heading"));
        }
        for (int k = lines.size() - 1; k >= 0; k--) {
            if (headings.contains(lines.get(k).strip())) {
                int next = k + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next == lines.size() || ITEM.matcher(lines.get(next)).matches()) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return new ArrayList<>();
        }
        List<String> out = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** CRLF when the draft's first line ends so, else LF: what is added matches, so editors never see mixed line endings. */
    public static String lineEnding(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    /** The line breaks that put the addition after a blank line: none after an empty draft or one ending in a blank line. */
    public static String separator(String existing, String newline) {
        if (existing.isEmpty()) {
            return "";
        }
        int breaks = 0;
        int end = existing.length();
        while (breaks < 2 && end > 0 && existing.charAt(end - 1) == '\n') {
            end -= end > 1 && existing.charAt(end - 2) == '\r' ? 2 : 1;
            breaks++;
        }
        return newline.repeat(2 - breaks);
    }
}
