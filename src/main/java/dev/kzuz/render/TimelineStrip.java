package dev.kzuz.render;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.query.DateText;
import dev.kzuz.query.Timeline;
import java.io.PrintWriter;
import java.util.List;

/**
 * The timeline in the terminal: a line per item, its mark placed on a strip of years (■ treaty,
 * ● event, ▲ institution; ▬ over a period, or a month or year when the date is known only so far), then its
 * date and words, shortened to the width.
 */
public final class TimelineStrip {
    private TimelineStrip() {
    }

    public static void write(List<Timeline.Item> items, Lang lang, int width, PrintWriter out) {
        Catalogue w = Catalogue.of(lang);
        out.print(w.get("chart.timeline.title") + "\n\n");
        if (items.isEmpty()) {
            out.print(Labels.get("no_records", lang) + "\n");
            return;
        }
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (Timeline.Item i : items) {
            from = Math.min(from, i.date().start().year());
            to = Math.max(to, i.date().end().year());
        }
        int cells = Math.max(10, Math.min(40, width / 3));
        double perCell = (to + 1 - from) / (double) cells;
        String first = String.valueOf(from);
        String last = String.valueOf(to);
        out.print(first + " ".repeat(Math.max(1, cells - first.length() - last.length())) + last + "\n");
        for (Timeline.Item item : items) {
            char[] strip = new char[cells];
            java.util.Arrays.fill(strip, '·');
            int a = cell(item.date().start(), true, from, perCell, cells);
            int b = cell(item.date().end(), false, from, perCell, cells);
            boolean day = item.date().start().precision() == PartialDate.Precision.DAY && !item.date().isSpan();
            if (!day) {
                for (int c = a; c <= b; c++) {
                    strip[c] = '▬';
                }
            }
            strip[(a + b) / 2] = switch (item.record().type()) {
                case TREATY -> '■';
                case EVENT -> '●';
                case INSTITUTION, TRADE, SOURCE, CLAIM, PLACE -> '▲';
            };
            String text = Text.truncate(DateText.format(item.date(), lang) + " — " + Text.oneLine(TimelineText.text(item, lang)),
                    Math.max(10, width - cells - 1));
            out.print(new String(strip) + " " + text + "\n");
        }
        out.print("\n");
        for (String line : TableRenderer.wrap("■ " + w.get("type.treaty") + "  ● " + w.get("type.event") + "  ▲ " + w.get("type.institution")
                + "  ▬ " + w.get("chart.span"), width)) {
            out.print(line + "\n");
        }
    }

    private static int cell(PartialDate d, boolean start, int from, double perCell, int cells) {
        java.time.LocalDate day = start ? d.earliest() : d.latest();
        double year = day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
        return (int) Math.max(0, Math.min(cells - 1, Math.floor((year - from) / perCell)));
    }
}
