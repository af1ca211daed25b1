package dev.kzuz.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast reader for the plain YAML that record files are written in: block mappings and lists
 * (lists under a key indented or not), one-line flow lists and mappings, plain and quoted scalars
 * folded over lines (quoted ones without escapes), whole-line comments. It gives the tree SnakeYAML
 * gives, locations included, or null as soon as a file steps outside that subset (anchors, tags,
 * block scalars, escapes, comments after a value, tabs, empty values, any error), and the full
 * reader then reads the whole file, so every message still comes from SnakeYAML.
 *
 * <p>Why: SnakeYAML (under Jackson) was most of a 3 s first run over 100,000 records; this
 * reader reads the same files in about a fifth of the time (0.3 s against 1.8 s, on two cores).
 * PlainYamlTest and PlainYamlProperties check it against SnakeYAML.
 */
final class PlainYaml {
    /** Thrown (without a stack trace) where the text leaves the subset. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();
    private static final int MAX_DEPTH = 32;
    private static final int MAX_KEY = 128;
    /** Characters that may not start a plain scalar here ('-' may, before a non-space). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final String file;
    private final String s;
    private final int n;
    /** The current line: its start, its end (a newline or the text's end), its 1-based number. */
    private int ls;
    private int le;
    private int lineNo = 1;
    private boolean eof;
    private int depth;
    /** Where the last flow or quoted value ended (just past its closing character). */
    private int pos;

    private PlainYaml(String file, String text) {
        this.file = file;
        this.s = text;
        this.n = text.length();
        this.ls = 0;
        this.le = lineEnd(0);
    }

    /** The file's tree, or null when the full reader must read it. */
    static YNode read(String file, String text) {
        if (!plainCharacters(text)) {
            return null;
        }
        try {
            return new PlainYaml(file, text).document();
        } catch (Unsupported e) {
            return null;
        }
    }

    /**
     * No tab, carriage return, control, non-printable or Unicode line-break character (SnakeYAML
     * treats those specially), and no document marker or directive at a line's start.
     */
    private static boolean plainCharacters(String s) {
        int n = s.length();
        boolean lineStart = true;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c < 0x20) {
                if (c != '\n') {
                    return false;
                }
                lineStart = true;
                continue;
            }
            if (c >= 0x7F && (c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE)) {
                return false;
            }
            if (lineStart && (c == '%' || ((c == '-' || c == '.') && s.startsWith(c == '-' ? "---" : "...", k)))) {
                return false;
            }
            lineStart = false;
        }
        return true;
    }

    private YNode document() {
        skipEmpty();
        if (eof || indent() != 0) {
            throw UNSUPPORTED;
        }
        YNode root;
        if (isEntry(ls)) {
            root = sequence(0);
        } else if (keyEnd(ls) >= 0) {
            root = mapping(0);
        } else {
            throw UNSUPPORTED;
        }
        skipEmpty();
        if (!eof) {
            throw UNSUPPORTED;
        }
        return root;
    }

    // --- lines ---------------------------------------------------------------------------

    private int lineEnd(int from) {
        int e = s.indexOf('\n', from);
        return e < 0 ? n : e;
    }

    private void advance() {
        if (le >= n) {
            eof = true;
            return;
        }
        ls = le + 1;
        le = lineEnd(ls);
        lineNo++;
    }

    private int firstNonSpace(int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        return from;
    }

    /** Moves over blank and comment lines. */
    private void skipEmpty() {
        while (!eof) {
            int p = firstNonSpace(ls, le);
            if (p < le && s.charAt(p) != '#') {
                return;
            }
            advance();
        }
    }

    private int indent() {
        return firstNonSpace(ls, le) - ls;
    }

    private Location at(int offset) {
        return new Location(file, lineNo, offset - ls + 1);
    }

    private boolean isEntry(int p) {
        return p < le && s.charAt(p) == '-' && (p + 1 == le || s.charAt(p + 1) == ' ');
    }

    /** The offset of the ':' ending a plain key that starts at p, or -1. */
    private int keyEnd(int p) {
        if (p >= le || !keyStart(s.charAt(p))) {
            return -1;
        }
        int q = p + 1;
        while (q < le && q - p <= MAX_KEY && keyPart(s.charAt(q))) {
            q++;
        }
        return q < le && s.charAt(q) == ':' && (q + 1 == le || s.charAt(q + 1) == ' ') ? q : -1;
    }

    private static boolean keyStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean keyPart(char c) {
        return keyStart(c) || (c >= '0' && c <= '9') || c == '-';
    }

    // --- block structure -----------------------------------------------------------------

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw UNSUPPORTED;
        }
    }

    /** A list whose '-' entries stand at column {@code col} of the current line and the next. */
    private YNode sequence(int col) {
        enter();
        Location start = at(ls + col);
        List<YNode> items = new ArrayList<>();
        while (true) {
            int p = firstNonSpace(ls + col + 1, le);
            if (p == le) {
                advance();
                skipEmpty();
                if (eof || indent() <= col) {
                    throw UNSUPPORTED;
                }
                items.add(blockNode(indent(), col));
            } else if (isEntry(p)) {
                throw UNSUPPORTED;
            } else if (keyEnd(p) >= 0) {
                items.add(mapping(p - ls));
            } else {
                items.add(inlineValue(p, col));
            }
            skipEmpty();
            if (eof) {
                break;
            }
            int i = indent();
            if (i < col || (i == col && !isEntry(ls + i))) {
                break;
            }
            if (i > col) {
                throw UNSUPPORTED;
            }
        }
        depth--;
        return new YNode.YList(start, items);
    }

    /** A mapping whose keys stand at column {@code col} of the current line and the next. */
    private YNode mapping(int col) {
        enter();
        Location start = at(ls + col);
        Map<String, YNode> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        while (true) {
            int p = ls + col;
            int colon = keyEnd(p);
            if (colon < 0) {
                throw UNSUPPORTED;
            }
            String key = s.substring(p, colon);
            if (keys.containsKey(key)) {
                throw UNSUPPORTED;
            }
            keys.put(key, at(p));
            int v = firstNonSpace(colon + 1, le);
            YNode value;
            if (v < le) {
                value = inlineValue(v, col);
            } else {
                advance();
                skipEmpty();
                if (eof) {
                    throw UNSUPPORTED;
                }
                int i = indent();
                if (i > col) {
                    value = blockNode(i, col);
                } else if (i == col && isEntry(ls + i)) {
                    value = sequence(i);
                } else {
                    throw UNSUPPORTED;
                }
            }
            entries.put(key, value);
            skipEmpty();
            if (eof) {
                break;
            }
            int i = indent();
            if (i < col) {
                break;
            }
            if (i > col || isEntry(ls + i)) {
                throw UNSUPPORTED;
            }
        }
        depth--;
        return new YNode.YMap(start, entries, keys);
    }

    /** A node on lines of its own, at column {@code col}, below a parent at column {@code parent}. */
    private YNode blockNode(int col, int parent) {
        int p = ls + col;
        if (isEntry(p)) {
            return sequence(col);
        }
        if (keyEnd(p) >= 0) {
            return mapping(col);
        }
        return inlineValue(p, parent);
    }

    /**
     * A value that starts at offset p of the current line; a plain one may go on over lines
     * indented more than {@code parent}. Leaves the current line after the value's last one.
     */
    private YNode inlineValue(int p, int parent) {
        char c = s.charAt(p);
        YNode value;
        int end;
        if (c == '[') {
            value = flowList(p);
            end = pos;
        } else if (c == '{') {
            value = flowMap(p);
            end = pos;
        } else if (c == '\'' || c == '"') {
            Location start = at(p);
            value = new YNode.YScalar(start, quoted(p, parent));
            end = pos;
        } else {
            return plain(p, parent);
        }
        if (firstNonSpace(end, le) != le) {
            throw UNSUPPORTED;
        }
        advance();
        return value;
    }

    // --- scalars -------------------------------------------------------------------------

    private int trimEnd(int from, int to) {
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        return to;
    }

    private void checkPlainStart(int p, int end) {
        char c = s.charAt(p);
        if (INDICATORS.indexOf(c) >= 0 && !(c == '-' && p + 1 < end && s.charAt(p + 1) != ' ')) {
            throw UNSUPPORTED;
        }
    }

    /** No ': ' or final ':' (a key), no ' #' (a comment). */
    private void checkPlainBody(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if ((c == ':' && (k + 1 == to || s.charAt(k + 1) == ' ')) || (c == '#' && k > from && s.charAt(k - 1) == ' ')) {
                throw UNSUPPORTED;
            }
        }
    }

    private YNode plain(int p, int parent) {
        Location start = at(p);
        int end = trimEnd(p, le);
        checkPlainStart(p, end);
        checkPlainBody(p, end);
        String text = s.substring(p, end);
        StringBuilder folded = null;
        advance();
        while (!eof) {
            int q = firstNonSpace(ls, le);
            if (q == le) {
                // A blank line inside a plain scalar folds to a newline: left to the full reader.
                if (continuesAfterBlank(parent)) {
                    throw UNSUPPORTED;
                }
                break;
            }
            if (q - ls <= parent || s.charAt(q) == '#') {
                break;
            }
            int e = trimEnd(q, le);
            checkPlainBody(q, e);
            if (folded == null) {
                folded = new StringBuilder(text);
            }
            folded.append(' ').append(s, q, e);
            advance();
        }
        if (folded != null) {
            text = folded.toString();
        }
        if (text.length() > YamlTreeReader.MAX_STRING) {
            throw UNSUPPORTED;
        }
        return new YNode.YScalar(start, isNull(text) ? null : text);
    }

    /** Whether, after the blank lines from here, a line indented more than {@code parent} follows. */
    private boolean continuesAfterBlank(int parent) {
        int from = ls;
        while (true) {
            int e = lineEnd(from);
            int q = firstNonSpace(from, e);
            if (q < e) {
                return q - from > parent;
            }
            if (e >= n) {
                return false;
            }
            from = e + 1;
        }
    }

    private static boolean isNull(String text) {
        return switch (text) {
            case "null", "Null", "NULL", "~" -> true;
            default -> false;
        };
    }

    /**
     * A quoted scalar starting at p (no escapes in double quotes); sets pos past it. In block
     * context ({@code parent} >= 0) it may go on over lines indented more than the parent, each
     * line break folding to a space; a blank line inside is left to the full reader.
     */
    private String quoted(int p, int parent) {
        char quote = s.charAt(p);
        StringBuilder text = new StringBuilder();
        int k = p + 1;
        while (true) {
            if (k >= le) {
                int keep = text.length();
                while (keep > 0 && text.charAt(keep - 1) == ' ') {
                    keep--;
                }
                text.setLength(keep);
                advance();
                int q = eof ? -1 : firstNonSpace(ls, le);
                if (parent < 0 || eof || q == le || q - ls <= parent) {
                    throw UNSUPPORTED;
                }
                text.append(' ');
                k = q;
                continue;
            }
            char c = s.charAt(k);
            if (c == '\\' && quote == '"') {
                throw UNSUPPORTED;
            }
            if (c == quote) {
                if (quote == '\'' && k + 1 < le && s.charAt(k + 1) == '\'') {
                    text.append('\'');
                    k += 2;
                    continue;
                }
                break;
            }
            text.append(c);
            k++;
        }
        pos = k + 1;
        if (text.length() > YamlTreeReader.MAX_STRING) {
            throw UNSUPPORTED;
        }
        return text.toString();
    }

    /** A node inside a one-line flow list or mapping, starting at p; sets pos past it. */
    private YNode flowNode(int p) {
        if (p >= le) {
            throw UNSUPPORTED;
        }
        char c = s.charAt(p);
        if (c == '[') {
            return flowList(p);
        }
        if (c == '{') {
            return flowMap(p);
        }
        if (c == '\'' || c == '"') {
            Location start = at(p);
            return new YNode.YScalar(start, quoted(p, -1));
        }
        int k = p;
        while (k < le) {
            char d = s.charAt(k);
            if (d == ',' || d == ']' || d == '}') {
                break;
            }
            if (d == '[' || d == '{' || d == '#' || d == ':' || d == '?') {
                throw UNSUPPORTED;
            }
            k++;
        }
        int end = trimEnd(p, k);
        if (end == p) {
            throw UNSUPPORTED;
        }
        checkPlainStart(p, end);
        pos = k;
        String text = s.substring(p, end);
        return new YNode.YScalar(at(p), isNull(text) ? null : text);
    }

    /** The offset of the next non-space after a flow item: its ',' or closing character. */
    private int afterItem(char close) {
        int k = firstNonSpace(pos, le);
        if (k >= le) {
            throw UNSUPPORTED;
        }
        char c = s.charAt(k);
        if (c == close) {
            return k;
        }
        if (c != ',') {
            throw UNSUPPORTED;
        }
        int next = firstNonSpace(k + 1, le);
        if (next >= le || s.charAt(next) == close || s.charAt(next) == ',') {
            throw UNSUPPORTED;
        }
        return k;
    }

    private YNode flowList(int p) {
        enter();
        Location start = at(p);
        List<YNode> items = new ArrayList<>();
        int k = firstNonSpace(p + 1, le);
        if (k < le && s.charAt(k) == ']') {
            pos = k + 1;
            depth--;
            return new YNode.YList(start, items);
        }
        while (true) {
            items.add(flowNode(k));
            k = afterItem(']');
            if (s.charAt(k) == ']') {
                pos = k + 1;
                depth--;
                return new YNode.YList(start, items);
            }
            k = firstNonSpace(k + 1, le);
        }
    }

    private YNode flowMap(int p) {
        enter();
        Location start = at(p);
        Map<String, YNode> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        int k = firstNonSpace(p + 1, le);
        if (k < le && s.charAt(k) == '}') {
            pos = k + 1;
            depth--;
            return new YNode.YMap(start, entries, keys);
        }
        while (true) {
            int colon = keyEnd(k);
            if (colon < 0 || colon + 1 >= le) {
                throw UNSUPPORTED;
            }
            String key = s.substring(k, colon);
            if (keys.containsKey(key)) {
                throw UNSUPPORTED;
            }
            keys.put(key, at(k));
            entries.put(key, flowNode(firstNonSpace(colon + 1, le)));
            k = afterItem('}');
            if (s.charAt(k) == '}') {
                pos = k + 1;
                depth--;
                return new YNode.YMap(start, entries, keys);
            }
            k = firstNonSpace(k + 1, le);
        }
    }
}
