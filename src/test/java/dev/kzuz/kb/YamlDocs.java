package dev.kzuz.kb;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Random record-like YAML for checking the fast reader against SnakeYAML: mostly the plain shapes
 * record files use, with the constructs at their edges mixed in (indicators where a scalar starts,
 * ': ' and ' #' inside one, folds indented too little, blank lines, quotes over lines, escapes,
 * duplicate keys, empty values, tabs, comments after values). Many documents are invalid on purpose.
 */
final class YamlDocs {
    private static final String[] KEYS = {"id", "title", "en", "ru", "kind", "date", "a-b", "k_2", "null", "yes", "x"};
    private static final String[] WORDS = {"treaty", "Almaty", "1994", "1994-01-10", "null", "~", "true", "-5", "0x1F",
        "Қазақстан", "it's", "a:b", "http://x.kz/a", "-", "#", "a#b", ":", "?", "[x]", "{y}", "&a", "*a", "!t", "|", ">",
        "%", "@", "`", "'", "\"", "\\", ",", "a,b", "--", "...", "---", "=", "<<", "1_000", ".5", "Yes", "NULL", "é"};
    private final Random r;
    /** How often the edge constructs turn up in this document: never, now and then, or often. */
    private final int risk;
    private final StringBuilder out = new StringBuilder();

    private YamlDocs(Random r) {
        this.r = r;
        this.risk = new int[] {0, 60, 12}[r.nextInt(3)];
    }

    static String generate(Random r) {
        YamlDocs d = new YamlDocs(r);
        d.document();
        String text = d.out.toString();
        if (d.risk > 0 && r.nextInt(40) == 0) {
            text = text.replace("\n", "\r\n");
        }
        if (d.risk > 0 && r.nextInt(40) == 0) {
            text = text.replaceFirst(" ", "\t");
        }
        return text;
    }

    private boolean rare() {
        return risk > 0 && r.nextInt(risk) == 0;
    }

    private String spaces(int n) {
        return " ".repeat(Math.max(0, n));
    }

    private void document() {
        gap(0);
        if (r.nextInt(5) > 0) {
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                gap(0);
                out.append("- ");
                mapping(2, true, 1);
            }
        } else {
            mapping(0, false, 1);
        }
        gap(0);
    }

    /** Sometimes a blank line or a comment line. */
    private void gap(int col) {
        int c = r.nextInt(10);
        if (c == 0) {
            out.append('\n');
        } else if (c == 1) {
            out.append(spaces(r.nextInt(col + 3))).append("# a comment: - [x]\n");
        }
    }

    private void mapping(int col, boolean inline, int depth) {
        int n = 1 + r.nextInt(4);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!(i == 0 && inline)) {
                gap(col);
                out.append(spaces(rare() ? col + 1 : col));
            }
            String key = KEYS[r.nextInt(KEYS.length)];
            if (!used.add(key) && !rare()) {
                continue;
            }
            out.append(rare() ? "'" + key + "'" : key).append(rare() ? " :" : ":");
            value(col, depth);
        }
        if (inline && n > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private void value(int col, int depth) {
        int choice = depth > 3 ? 5 + r.nextInt(5) : r.nextInt(11);
        switch (choice) {
            case 0 -> {
                out.append('\n');
                mapping(col + (rare() ? 1 : 2), false, depth + 1);
            }
            case 1 -> {
                out.append('\n');
                list(col + (r.nextBoolean() ? 0 : 2), depth + 1);
            }
            case 2 -> out.append(' ').append(flowList(depth)).append('\n');
            case 3 -> out.append(' ').append(flowMap(depth)).append('\n');
            case 4 -> {
                out.append('\n').append(spaces(col + 1 + r.nextInt(3)));
                scalar(col);
            }
            case 5 -> out.append(rare() ? "\n" : " ~\n");
            default -> {
                out.append(' ');
                scalar(col);
            }
        }
    }

    private void list(int col, int depth) {
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            gap(col);
            out.append(spaces(col)).append('-');
            int c = r.nextInt(8);
            if (c == 0 && depth < 4) {
                out.append('\n');
                mapping(col + 2, false, depth + 1);
            } else if (c < 3 && depth < 4) {
                out.append(' ');
                mapping(col + 2, true, depth + 1);
            } else if (c == 3) {
                out.append(' ').append(flowList(depth)).append('\n');
            } else {
                out.append(' ');
                scalar(col);
            }
        }
    }

    private String word() {
        if (r.nextInt(3) == 0 && (risk > 0 || r.nextBoolean())) {
            return WORDS[r.nextInt(risk > 0 ? WORDS.length : 10)];
        }
        StringBuilder w = new StringBuilder();
        int n = 1 + r.nextInt(7);
        for (int i = 0; i < n; i++) {
            w.append("abcdefxyzABC019-_.éқ".charAt(r.nextInt(20)));
        }
        return w.toString();
    }

    /** A scalar and the line break after it, any continuation lines indented from {@code parent}. */
    private void scalar(int parent) {
        int style = r.nextInt(6);
        int words = 1 + r.nextInt(5);
        String quote = style == 0 ? "'" : style == 1 ? "\"" : "";
        out.append(quote);
        for (int i = 0; i < words; i++) {
            String w = word();
            if (style == 0) {
                w = w.replace("'", r.nextBoolean() ? "''" : "'");
            } else if (style == 1 && !rare()) {
                w = w.replace("\\", "/").replace("\"", "'");
            }
            if (i > 0) {
                int br = r.nextInt(6);
                if (br == 0) {
                    out.append(rare() ? "  \n" : "\n");
                    if (rare()) {
                        out.append('\n');
                    }
                    if (rare()) {
                        out.append(spaces(parent + 1)).append("# between\n");
                    }
                    out.append(spaces(rare() ? parent : parent + 1 + r.nextInt(4)));
                } else {
                    out.append(rare() ? "  " : " ");
                }
            }
            out.append(w);
        }
        out.append(quote);
        if (rare()) {
            out.append(" # after");
        } else if (rare()) {
            out.append("  ");
        }
        out.append('\n');
    }

    private String flowScalar() {
        int style = r.nextInt(5);
        String w = word();
        if (style == 0) {
            return "'" + w.replace("'", "''") + "'";
        }
        if (style == 1) {
            return "\"" + w.replace("\"", "") + "\"";
        }
        return w + (rare() ? " " + word() : "");
    }

    private String flowList(int depth) {
        StringBuilder f = new StringBuilder("[");
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            f.append(i > 0 ? (rare() ? " ," : ", ") : rare() ? " " : "");
            f.append(depth < 4 && rare() ? flowMap(depth + 1) : flowScalar());
        }
        return f.append(rare() ? ", ]" : "]").toString();
    }

    private String flowMap(int depth) {
        StringBuilder f = new StringBuilder("{");
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            f.append(i > 0 ? ", " : "");
            f.append(KEYS[r.nextInt(KEYS.length)]).append(rare() ? ":" : ": ");
            f.append(depth < 4 && rare() ? flowList(depth + 1) : flowScalar());
        }
        return f.append('}').toString();
    }
}
