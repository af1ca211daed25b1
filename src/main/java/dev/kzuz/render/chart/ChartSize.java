package dev.kzuz.render.chart;

import java.util.Locale;

/**
 * A picture's size in CSS pixels (an SVG's user units; a PNG has twice as many pixels, marked
 * 192 dpi, so that both print at the same size). The presets: {@code screen} for a page on a
 * screen, {@code slides} for a 16:9 slide, {@code a4} for the text width of an A4 page. A size
 * asked for with --size is exact (kept unless labels need more height); without one, a picture
 * of rows (members, the timeline) is as tall as its rows.
 */
public record ChartSize(int width, int height, boolean exact) {
    /** The default: a picture that lists rows (members, the timeline) is as tall as its rows need. */
    public static final ChartSize SCREEN = new ChartSize(900, 500, false);
    public static final ChartSize SLIDES = new ChartSize(1280, 720, true);
    public static final ChartSize A4 = new ChartSize(640, 420, true);
    /** The words --size takes, for help and completion. */
    public static final String WORDS = "screen, slides, a4 or WIDTHxHEIGHT";

    public ChartSize {
        if (width < 320 || height < 200 || width > 8000 || height > 8000) {
            throw new IllegalArgumentException(width + "x" + height + " is not a chart size (from 320x200 to 8000x8000)");
        }
    }

    /** A preset's name or "WIDTHxHEIGHT" ("1280x720", or with "×" as the help in kk, ru and uz writes it). */
    public static ChartSize parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "screen":
                return new ChartSize(SCREEN.width(), SCREEN.height(), true);
            case "slides":
                return SLIDES;
            case "a4":
                return A4;
            default:
                break;
        }
        int x = t.replace('×', 'x').indexOf('x');
        if (x > 0) {
            try {
                return new ChartSize(Integer.parseInt(t.substring(0, x).strip()), Integer.parseInt(t.substring(x + 1).strip()), true);
            } catch (NumberFormatException e) {
                // falls through to the one error below
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a chart size (" + WORDS + ")");
    }

}
