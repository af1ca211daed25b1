package dev.kzuz.model;

/**
 * Text made safe to print on one line: control characters (escape sequences included) and the
 * invisible characters that could make a terminal show text other than it is are dropped. It
 * stands here, below the loader, because a loader's problem quotes file names and values.
 */
public final class PlainText {
    private PlainText() {
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
    public static boolean invisibleFormat(char c) {
        return c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F';
    }
}
