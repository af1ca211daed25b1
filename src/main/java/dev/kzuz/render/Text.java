package dev.kzuz.render;

/** Text hygiene for output: record text never reaches a terminal or a file with control codes. */
public final class Text {
    private Text() {
    }

    /** Drops control characters (escape sequences included) and folds line breaks and tabs to spaces. */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        if (clean(s)) {
            return s.strip();
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (!Character.isISOControl(c) && !invisibleFormat(c)) {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    /**
     * True when {@link #oneLine} would change nothing but outer spaces: almost every text, so one
     * plain loop (output runs interpreted at start-up) saves copying it. Dashes, quotes and the
     * ellipsis (U+2010–U+2027) are common in titles and stay on this path.
     */
    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= '\u007f' && c <= '\u009f' || c >= '\u200e' && c <= '\u2069' && invisibleFormat(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Line and paragraph separators and the bidirectional controls that could make a terminal
     * show text other than it is (U+202A–U+202E, U+2066–U+2069, U+200E/F).
     */
    static boolean invisibleFormat(char c) {
        return c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F';
    }

    /** Removes what {@link #oneLine} removes, keeping line breaks: for messages that may quote input. */
    public static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || !Character.isISOControl(c) && !invisibleFormat(c)) {
                b.append(c == '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Cuts to {@code width} characters, ending in an ellipsis when cut. */
    public static String truncate(String s, int width) {
        if (s.codePointCount(0, s.length()) <= width) {
            return s;
        }
        if (width <= 1) {
            return "…".substring(0, Math.max(0, width));
        }
        int end = s.offsetByCodePoints(0, width - 1);
        return s.substring(0, end).stripTrailing() + "…";
    }

    public static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
