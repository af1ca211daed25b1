package dev.kzuz.render;

import dev.kzuz.model.Claim;
import dev.kzuz.model.ClaimStatus;
import dev.kzuz.model.DateRange;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.Place;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.model.Sourced;
import dev.kzuz.model.TradeFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One sentence stating a record's fact (title, date, place, parties) for an essay, in English,
 * Russian or Kazakh, with citation marks after it. English reads as prose; Russian and Kazakh
 * use "label — value" parts, so no noun has to be declined by a machine.
 */
public final class CiteText {
    private CiteText() {
    }

    /** How sources are marked: Markdown footnotes after the full stop, or pandoc citations before it. */
    public enum Marks {
        FOOTNOTES, PANDOC;

        String mark(List<String> ids) {
            if (ids.isEmpty()) {
                return "";
            }
            return this == FOOTNOTES ? ids.stream().map(id -> "[^" + id + "]").collect(Collectors.joining())
                    : " [" + ids.stream().map(id -> "@" + id).collect(Collectors.joining("; ")) + "]";
        }
    }

    /**
     * The sentence for {@code r}, then, for a record whose sources disagree, a sentence for each
     * value it does not prefer, each with its own sources marked.
     */
    public static String sentence(KbRecord r, Lang lang, KnowledgeBase kb, Marks marks) {
        String title = Projection.title(r, lang);
        String quoted = lang == Lang.EN ? title : "«" + title + "»";
        String main = r.match(new KbRecord.Cases<>() {
            @Override
            public String dated(DatedRecord d) {
                return CiteText.dated(d, quoted, lang, kb);
            }

            @Override
            public String institution(Institution i) {
                return CiteText.institution(i, quoted, lang, kb);
            }

            @Override
            public String trade(TradeFigure t) {
                return CiteText.trade(t, lang);
            }

            @Override
            public String source(Source s) {
                return quoted;
            }

            @Override
            public String place(Place p) {
                return quoted;
            }

            @Override
            public String claim(EssayClaim c) {
                return Projection.title(c, lang) + " (" + Labels.get(c.verdict().code(), lang) + ")";
            }
        });
        StringBuilder b = new StringBuilder(marked(main, marks, r.preferredSourceIds()));
        if (r instanceof Sourced s) {
            for (Claim c : s.provenance().claims()) {
                if (c.status() != ClaimStatus.PREFERRED) {
                    // A rejected value is contradicted by the record's own sources; an open one that no
                    // other claim answers is merely unconfirmed, not a disagreement.
                    boolean contested = c.status() == ClaimStatus.REJECTED
                            || s.provenance().claims().stream().filter(o -> o.field().equals(c.field())).count() > 1;
                    b.append(' ').append(marked(contested ? disagreement(c, lang, kb) : unconfirmed(c, lang, kb), marks, c.sources()));
                }
            }
        }
        return b.toString();
    }

    private static String marked(String sentence, Marks marks, List<String> sources) {
        String s = Text.oneLine(sentence);
        String body = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return marks == Marks.PANDOC ? body + marks.mark(sources) + "." : body + "." + marks.mark(sources);
    }

    private static String dated(DatedRecord d, String title, Lang lang, KnowledgeBase kb) {
        String date = DateText.format(d.date(), lang);
        String place = Projection.place(d.place(), kb, lang);
        String parties = countries(d.parties(), lang);
        boolean treaty = d.type() == RecordType.TREATY;
        return switch (lang) {
            case RU -> title + ": " + (treaty ? "дата подписания" : "дата") + " — " + date
                    + (place.isEmpty() ? "" : ", место — " + place) + "; " + (treaty ? "стороны" : "участники") + " — " + parties;
            case KK -> title + ": " + (treaty ? "қол қойылған күні" : "күні") + " — " + date
                    + (place.isEmpty() ? "" : ", орны — " + place) + "; " + (treaty ? "тараптар" : "қатысушылар") + " — " + parties;
            default -> title + (treaty ? " was signed" : " took place") + (place.isEmpty() ? "" : " in " + place)
                    + " " + onDate(d.date().start().precision() == PartialDate.Precision.DAY || d.date().isSpan()) + date
                    + (treaty ? " by " : " with the participation of ") + parties;
        };
    }

    private static String onDate(boolean day) {
        return day ? "on " : "in ";
    }

    private static String institution(Institution i, String title, Lang lang, KnowledgeBase kb) {
        List<String> parts = new ArrayList<>();
        if (i.founded() != null && i.founded().date() != null) {
            String date = DateText.format(i.founded().date(), lang);
            String place = Projection.place(i.founded().place(), kb, lang);
            parts.add(switch (lang) {
                case RU -> "дата основания — " + date + (place.isEmpty() ? "" : ", место — " + place);
                case KK -> "құрылған күні — " + date + (place.isEmpty() ? "" : ", орны — " + place);
                default -> "founded " + (i.founded().date().precision() == PartialDate.Precision.DAY ? "on " : "in ")
                        + date + (place.isEmpty() ? "" : " in " + place);
            });
        }
        for (String country : List.of("KZ", "UZ")) {
            String standing = Projection.standing(i, country, lang);
            if (!standing.equals("—")) {
                parts.add(Labels.country(country, lang) + ": " + standing);
            }
        }
        return title + (parts.isEmpty() ? "" : (lang == Lang.EN ? " — " : ": ") + String.join("; ", parts));
    }

    private static String trade(TradeFigure t, Lang lang) {
        String period = t.period() == null ? "" : DateText.format(t.period(), lang);
        String value = t.turnover() != null ? Projection.money(t.turnover(), t)
                : t.growth() != null ? t.growth().toPlainString() + "%" : Projection.text(t.summary(), lang);
        String reporter = Projection.reporter(t);
        return switch (lang) {
            case RU -> "Товарооборот Казахстана и Узбекистана (" + period + "): " + value + (reporter.isEmpty() ? "" : "; данные: " + reporter);
            case KK -> "Қазақстан мен Өзбекстан арасындағы тауар айналымы (" + period + "): " + value
                    + (reporter.isEmpty() ? "" : "; дерек беруші: " + reporter);
            default -> (t.kind().equals("target") ? "Target for Kazakhstan–Uzbekistan trade" : "Kazakhstan–Uzbekistan trade")
                    + (period.isEmpty() ? "" : " in " + period) + ": " + value + (reporter.isEmpty() ? "" : " (reported by: " + reporter + ")");
        };
    }

    /** A claim no other claim on its field answers: not a disagreement, only not confirmed. */
    private static String unconfirmed(Claim c, Lang lang, KnowledgeBase kb) {
        String field = Labels.field(c.field(), lang).toLowerCase(java.util.Locale.ROOT);
        String value = claimValue(c, lang, kb);
        return switch (lang) {
            case RU -> "Не подтверждено другими источниками (" + field + "): " + value;
            case KK -> "Басқа дереккөздермен расталмаған (" + field + "): " + value;
            default -> "Not confirmed by other sources (" + field + "): " + value;
        };
    }

    private static String disagreement(Claim c, Lang lang, KnowledgeBase kb) {
        String status = Labels.get(c.status().code(), lang);
        String field = Labels.field(c.field(), lang).toLowerCase(java.util.Locale.ROOT);
        String value = claimValue(c, lang, kb);
        return switch (lang) {
            case RU -> "Источники расходятся (" + field + "): " + value + " — " + status;
            case KK -> "Дереккөздер келіспейді (" + field + "): " + value + " — " + status;
            default -> "Sources disagree on the " + field + ": " + value + " (" + status + ")";
        };
    }

    /** A claim's value as a reader wants it: dates written out, place ids as names. */
    public static String claimValue(Claim c, Lang lang, KnowledgeBase kb) {
        try {
            return DateText.format(DateRange.parse(c.plainValue()), lang);
        } catch (IllegalArgumentException notADate) {
            String place = Projection.place(c.plainValue(), kb, lang);
            return kb.get(c.plainValue(), Place.class).isPresent() ? place : Projection.text(c.value(), lang);
        }
    }

    private static String countries(List<String> codes, Lang lang) {
        List<String> names = codes.stream().map(c -> Labels.country(c, lang)).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        String and = switch (lang) {
            case RU -> " и ";
            case KK -> " және ";
            default -> " and ";
        };
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + and + names.get(names.size() - 1);
    }
}
