package dev.kzuz.render;

import dev.kzuz.model.PlainText;

/** Text hygiene for output: record text never reaches a terminal or a file with control codes. */
public final class Text {
    private Text() {
    }

    /** Drops control characters (escape sequences included) and folds line breaks and tabs to spaces. */
    public static String oneLine(String s) {
        return PlainText.oneLine(s);
    }

    /** Removes what {@link #oneLine} removes, keeping line breaks: for messages that may quote input. */
    public static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || !Character.isISOControl(c) && !PlainText.invisibleFormat(c)) {
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
