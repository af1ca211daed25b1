package dev.kzuz.render;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Institution;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Membership;
import dev.kzuz.model.MembershipStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * Who was a member when, as a strip per institution and country in the terminal: a column per
 * span of years from 1991 to today, █ member, ▓ party to the founding treaty, ░ observer,
 * ▒ suspended, × withdrawn, ▶ still open, ? end not recorded; the key under it.
 */
public final class MembershipText {
    private MembershipText() {
    }

    public static void write(List<Institution> institutions, List<String> countries, Lang lang, LocalDate today, int width,
                             PrintWriter out) {
        Catalogue w = Catalogue.of(lang);
        out.print(w.get("chart.members.title") + "\n\n");
        if (institutions.isEmpty()) {
            out.print(Labels.get("no_records", lang) + "\n");
            return;
        }
        int label = Math.min(28, Math.max(12, width / 3));
        int cells = Math.max(10, width - label - 6);
        int from = 1991;
        double to = today.getYear() + 1;
        double perCell = (to - from) / cells;
        StringBuilder axis = new StringBuilder(" ".repeat(label + 4));
        for (int c = 0; c < cells; ) {
            int year = (int) Math.floor(from + c * perCell);
            String y = String.valueOf(year);
            boolean start = c == 0 || (int) Math.floor(from + (c - 1) * perCell) < year && year % 5 == 0;
            if (start && c + y.length() <= cells) {
                axis.append(y);
                c += y.length();
                while (c < cells && (int) Math.floor(from + c * perCell) == year) {
                    axis.append(' ');
                    c++;
                }
            } else {
                axis.append(' ');
                c++;
            }
        }
        out.print(axis.toString().stripTrailing() + "\n");
        for (Institution i : institutions) {
            String name = Text.oneLine(i.titleIn(lang).text());
            for (int k = 0; k < countries.size(); k++) {
                String country = countries.get(k);
                String head = k == 0 ? Text.truncate(name, label) : "";
                char[] strip = new char[cells];
                java.util.Arrays.fill(strip, '·');
                String end = " ";
                for (Membership m : i.members()) {
                    if (!m.country().equals(country)) {
                        continue;
                    }
                    if (m.status() == MembershipStatus.WITHDRAWN) {
                        strip[cell(m.from() == null ? today : m.from().earliest(), from, perCell, cells)] = '×';
                        continue;
                    }
                    LocalDate start = m.from() != null ? m.from().earliest()
                            : i.founded() != null && i.founded().date() != null ? i.founded().date().earliest() : LocalDate.of(from, 1, 1);
                    LocalDate stop;
                    if (m.to() != null) {
                        stop = m.to().latest().isAfter(today) ? today : m.to().latest();
                    } else if (i.dissolved() != null) {
                        stop = i.dissolved().earliest();
                    } else if (i.lastRecorded() != null) {
                        stop = i.lastRecorded().latest();
                        end = "?";
                    } else {
                        stop = today;
                        end = "▶";
                    }
                    char mark = switch (m.status()) {
                        case MEMBER -> '█';
                        case PARTY -> '▓';
                        case OBSERVER -> '░';
                        case SUSPENDED -> '▒';
                        case WITHDRAWN -> '×';
                    };
                    for (int c = cell(start, from, perCell, cells); c <= cell(stop, from, perCell, cells); c++) {
                        strip[c] = mark;
                    }
                    if (end.equals("?")) {
                        int at = cell(stop, from, perCell, cells) + 1;
                        if (at < cells) {
                            strip[at] = '?';
                        }
                        end = " ";
                    }
                }
                out.print(pad(head, label) + " " + country + " " + new String(strip) + end + "\n");
            }
        }
        String key = "█ " + Labels.get("member", lang) + "  ▓ " + Labels.get("party", lang) + "  ░ " + Labels.get("observer", lang)
                + "  ▒ " + Labels.get("suspended", lang) + "  × " + Labels.get("withdrawn", lang) + "  ▶ " + w.get("chart.open")
                + "  ? " + w.get("chart.end.unknown");
        out.print("\n");
        for (String line : TableRenderer.wrap(key, width)) {
            out.print(line + "\n");
        }
    }

    private static int cell(LocalDate d, int from, double perCell, int cells) {
        double year = d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
        return (int) Math.max(0, Math.min(cells - 1, Math.floor((year - from) / perCell)));
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - Text.width(s)));
    }
}
