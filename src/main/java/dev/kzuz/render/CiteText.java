package dev.kzuz.render;

import dev.kzuz.query.DateText;
import dev.kzuz.model.Claim;
import dev.kzuz.model.Membership;
import dev.kzuz.model.MembershipStatus;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Catalogue;
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
import dev.kzuz.model.Verdict;
import dev.kzuz.query.TradeText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One sentence stating a record's fact (title, date, place, parties) for an essay, in the
 * reader's language, with citation marks after it, from the language's templates. English reads
 * as prose; Russian and Kazakh use "label — value" parts, so no name has to be declined by a
 * machine; dates take the form the clause needs ("…8 шілдеден бастап", "с 8 июля 1994 г.").
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
        // Markdown: a bracketed title at the start of a line would read as a link definition ("[…]: …").
        String title = citedTitle(r, r instanceof Institution i ? Projection.founding(i) : null, lang)
                .replace("[", "\\[").replace("]", "\\]");
        String main = r.match(new KbRecord.Cases<>() {
            @Override
            public String dated(DatedRecord d) {
                return CiteText.dated(d, title, lang, kb);
            }

            @Override
            public String institution(Institution i) {
                return CiteText.institution(i, title, lang, kb);
            }

            @Override
            public String trade(TradeFigure t) {
                return CiteText.trade(t, lang);
            }

            @Override
            public String source(Source s) {
                return title;
            }

            @Override
            public String place(Place p) {
                return title;
            }

            @Override
            public String claim(EssayClaim c) {
                return Projection.title(c, lang) + " (" + Labels.get(c.verdict().code(), lang) + ")";
            }
        });
        StringBuilder b = new StringBuilder(marked(main, marks, kb.ranked(r.preferredSourceIds())));
        if (r instanceof Sourced s && s.provenance().verdict() == Verdict.UNCONFIRMED) {
            // A draft must not state as fact what no source beyond the essay confirms.
            b.append(' ').append(Catalogue.of(lang).get("cite.record.unconfirmed"));
        }
        if (r instanceof Sourced s) {
            java.util.Map<String, List<Claim>> contested = new java.util.LinkedHashMap<>();
            for (Claim c : s.provenance().claims()) {
                if (c.status() == ClaimStatus.PREFERRED) {
                    continue;
                }
                // A rejected value is contradicted by the record's own sources; an open one that no
                // other claim answers is merely unconfirmed, not a disagreement.
                if (c.status() == ClaimStatus.REJECTED || s.provenance().claims().stream().filter(o -> o.field().equals(c.field())).count() > 1) {
                    if (!statesTurnover(r, c)) {
                        contested.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(c);
                    }
                } else {
                    b.append(' ').append(marked(unconfirmed(c, lang, kb), marks, kb.ranked(c.sources())));
                }
            }
            for (List<Claim> values : contested.values()) {
                b.append(' ').append(values.size() == 1
                        ? marked(disagreement(values.get(0), lang, kb), marks, kb.ranked(values.get(0).sources()))
                        : disagreements(values, lang, kb, marks));
            }
        }
        return b.toString();
    }

    /** Whether the claim is the trade figure the sentence itself states (it is not repeated as a disagreement). */
    private static boolean statesTurnover(KbRecord r, Claim c) {
        return r instanceof TradeFigure t && t.turnover() != null && (c.field().equals("figure") || c.field().equals("turnover"))
                && c.plainValue() != null && c.plainValue().equals(t.turnover().toPlainString());
    }

    /** One sentence for the values sources give a field, each with its own sources marked. */
    private static String disagreements(List<Claim> values, Lang lang, KnowledgeBase kb, Marks marks) {
        Catalogue w = Catalogue.of(lang);
        List<String> parts = new ArrayList<>();
        for (Claim c : values) {
            String status = c.status() == ClaimStatus.REJECTED ? w.fill("cite.disagreement.status", "status", Labels.get(c.status().code(), lang)) : "";
            parts.add(Text.oneLine(w.fill("cite.disagreement.value", "value", claimValue(c, lang, kb), "status", status))
                    + marks.mark(kb.ranked(c.sources())));
        }
        return capitalised(w.fill("cite.disagreement.values", "field", fieldInText(values.get(0).field(), lang),
                "values", String.join(w.get("cite.values.separator"), parts))) + ".";
    }

    /**
     * A record's title as a sentence names it: an official one in the language's quotation marks
     * (quotes inside it turned to the inner pair), a descriptive one in square brackets, as GOST
     * writes titles of one's own; a fallback's language mark after it, outside the quotes.
     */
    public static String citedTitle(KbRecord r, DateRange when, Lang lang) {
        if (r instanceof TradeFigure) {
            return Projection.title(r, lang);
        }
        LocalizedText.Resolved t = r.titleIn(lang);
        Catalogue w = Catalogue.of(lang);
        String shown = r.descriptiveIn(t.lang()) ? "[" + t.text() + "]" : quoted(t.text(), w);
        shown = t.fallback() ? w.fill("fallback", "text", shown, "lang", t.lang().code()) : shown;
        if (r instanceof Institution i && !i.names().isEmpty()) {
            // A body renamed since: the name of the day, quoted, with today's beside it.
            // The name of the day marked as today's is: quoted if official, in brackets if ours.
            LocalizedText.Resolved then = i.titleAt(when).resolve(lang);
            if (!then.text().equals(t.text())) {
                String former = r.descriptiveIn(t.lang()) ? "[" + then.text() + "]" : quoted(then.text(), w);
                return former + " (" + Labels.get(i.dissolved() == null && i.lastRecorded() == null ? "now" : "later", lang) + " " + shown + ")";
            }
        }
        return shown;
    }

    private static String quoted(String title, Catalogue w) {
        String open = w.get("quote.open");
        if (open.isEmpty()) {
            return title;
        }
        StringBuilder inner = new StringBuilder(title.length());
        boolean opening = true;
        for (int i = 0; i < title.length(); i++) {
            char ch = title.charAt(i);
            if (ch == '"') {
                inner.append(w.get(opening ? "quote.inner.open" : "quote.inner.close"));
                opening = !opening;
            } else if (ch == '«' || ch == '»') {
                inner.append(w.get(ch == '«' ? "quote.inner.open" : "quote.inner.close"));
            } else {
                inner.append(ch);
            }
        }
        return open + inner + w.get("quote.close");
    }

    private static String marked(String sentence, Marks marks, List<String> sources) {
        String s = capitalised(Text.oneLine(sentence));
        String body = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return marks == Marks.PANDOC ? body + marks.mark(sources) + "." : body + "." + marks.mark(sources);
    }

    /** A sentence starts with a capital, whatever its template starts with ("в 2018 г." at the start). */
    private static String capitalised(String s) {
        return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String dated(DatedRecord d, String title, Lang lang, KnowledgeBase kb) {
        Catalogue w = Catalogue.of(lang);
        boolean treaty = d.type() == RecordType.TREATY;
        String kind = treaty ? "cite.treaty" : "cite.event";
        String place = Projection.place(d.place(), d.date(), kb, lang);
        boolean day = d.date().start().precision() == PartialDate.Precision.DAY || d.date().isSpan();
        String date = w.fill(day ? "cite.date.day" : "cite.date.other", "date", DateText.format(d.date(), lang));
        return w.fill(kind, "title", title, "date", date, "place", place.isEmpty() ? "" : w.fill(kind + ".place", "place", place),
                "parties", countries(d.parties(), lang));
    }

    private static String institution(Institution i, String title, Lang lang, KnowledgeBase kb) {
        Catalogue w = Catalogue.of(lang);
        List<String> parts = new ArrayList<>();
        if (i.founded() != null && i.founded().date() != null) {
            boolean day = i.founded().date().precision() == PartialDate.Precision.DAY;
            String date = w.fill(day ? "cite.date.day" : "cite.date.other", "date", DateText.format(i.founded().date(), lang));
            String place = Projection.place(i.founded().place(), Projection.founding(i), kb, lang);
            parts.add(w.fill("cite.founded", "date", date, "place", place.isEmpty() ? "" : w.fill("cite.founded.place", "place", place)));
        }
        for (String country : List.of("KZ", "UZ")) {
            String standing = standing(i, country, lang);
            if (!standing.isEmpty()) {
                parts.add(standing);
            }
        }
        if (i.lastRecorded() != null && i.dissolved() == null) {
            // Said once, after the countries whose open memberships it closes as far as anyone knows.
            parts.add(w.fill("cite.last_recorded", "last", DateText.format(i.lastRecorded(), lang)));
        }
        String joined = parts.isEmpty() ? "" : w.get("cite.institution.first") + String.join(w.get("cite.institution.parts"), parts);
        return w.fill("cite.institution", "title", title, "parts", joined);
    }

    /** A country's latest standing in an institution as a clause: "Қазақстан 1994 жылғы 8 шілдеден бастап мүше". */
    static String standing(Institution i, String country, Lang lang) {
        Membership last = Projection.latest(i, country);
        if (last == null) {
            return "";
        }
        Catalogue w = Catalogue.of(lang);
        String name = Labels.country(country, lang);
        String key = "standing." + last.status().code();
        if (last.from() == null) {
            return w.fill("standing.unknown", "country", name, "status", Labels.get(last.status().code(), lang));
        }
        String at = DateText.format(last.from(), lang, DateText.Form.AT);
        String since = DateText.format(last.from(), lang, DateText.Form.SINCE);
        if (last.to() == null && i.lastRecorded() != null && last.status() != MembershipStatus.WITHDRAWN) {
            return w.fill(key + ".last", "country", name, "since", since, "from", DateText.format(last.from(), lang));
        }
        if (last.to() == null) {
            return w.fill(key, "country", name, "since", since, "at", at);
        }
        return w.fill(key + ".closed", "country", name, "since", since, "at", at,
                "until", DateText.format(last.to(), lang, DateText.Form.UNTIL),
                "from", DateText.format(last.from(), lang), "to", DateText.format(last.to(), lang));
    }

    private static String trade(TradeFigure t, Lang lang) {
        Catalogue w = Catalogue.of(lang);
        String reporter = Projection.reporter(t, lang);
        if (t.kind().equals("target")) {
            return targetSentence(t, lang);
        }
        if (t.turnover() == null && t.growth() != null) {
            boolean fall = t.growth().signum() < 0;
            return w.fill(fall ? "cite.trade.fall" : "cite.trade.growth", "growth", TradeText.number(t.growth().abs(), lang),
                    "period", t.period() == null ? "" : w.fill("cite.trade.growth.period", "at", DateText.format(t.period().start(), lang, DateText.Form.AT)),
                    "reporter", reporter.isEmpty() ? "" : w.fill("cite.trade.reporter", "reporter", reporter));
        }
        if (t.turnover() != null && "USD".equals(t.currency())) {
            String when = t.period() == null ? ""
                    : w.fill("cite.trade.prose.when", "at", t.period().isSpan()
                            ? w.fill("cite.trade.prose.span", "period", DateText.format(t.period(), lang))
                            : DateText.format(t.period().start(), lang, DateText.Form.AT));
            return w.fill("cite.trade.prose", "when", when, "value", TradeText.moneyInProse(t.turnover(), t.approximate(), lang),
                    "reporter", reporter.isEmpty() ? "" : w.fill("cite.trade.prose.reporter", "reporter", reporter));
        }
        String value = t.turnover() != null ? Projection.money(t.turnover(), t, lang) : Projection.text(t.summary(), lang);
        return w.fill("cite.trade", "value", value.isEmpty() ? "" : w.fill("cite.trade.value", "value", value),
                "period", t.period() == null ? "" : w.fill("cite.trade.period", "period", DateText.format(t.period(), lang)),
                "reporter", reporter.isEmpty() ? "" : w.fill("cite.trade.reporter", "reporter", reporter));
    }

    /** A trade target as a sentence: its amount, the year it is for, when it was set. */
    public static String targetSentence(TradeFigure t, Lang lang) {
        Catalogue w = Catalogue.of(lang);
        String value = t.turnover() != null ? Projection.money(t.turnover(), t, lang) : Projection.text(t.summary(), lang);
        return w.fill("cite.trade.target", "value", value,
                "period", t.period() == null ? "" : w.fill("cite.trade.target.period", "year", String.valueOf(t.period().end().year())),
                "set", t.set() == null ? "" : w.fill("cite.trade.target.set", "at", DateText.format(t.set(), lang, DateText.Form.AT)));
    }

    /** A claim no other claim on its field answers: not a disagreement, only not confirmed. */
    private static String unconfirmed(Claim c, Lang lang, KnowledgeBase kb) {
        return Catalogue.of(lang).fill("cite.unconfirmed", "field", fieldInText(c.field(), lang), "value", claimValue(c, lang, kb));
    }

    private static String disagreement(Claim c, Lang lang, KnowledgeBase kb) {
        return Catalogue.of(lang).fill("cite.disagreement", "field", fieldInText(c.field(), lang), "value", claimValue(c, lang, kb),
                "status", Labels.get(c.status().code(), lang));
    }

    /**
     * A field's label inside a sentence: its first letter lower case, unless the label starts with
     * an abbreviation ("KZ exports") or a name (the language's fields.named: "Қазақстан экспорты").
     */
    static String fieldInText(String field, Lang lang) {
        String label = Labels.field(field, lang);
        boolean named = (" " + Catalogue.of(lang).get("fields.named") + " ").contains(" " + field + " ");
        boolean keep = named || label.length() < 2 || Character.isUpperCase(label.charAt(1)) || !Character.isUpperCase(label.charAt(0));
        return keep ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** Claims on these fields hold an amount of money. */
    private static final java.util.Set<String> AMOUNTS = java.util.Set.of("figure", "turnover", "exports", "imports");

    /**
     * A claim's value as a reader wants it: dates written out, place ids as names, amounts as
     * money, growth as a number in the language, a kind or a list of parties in words; prose in
     * the language, else English marked.
     */
    public static String claimValue(Claim c, Lang lang, KnowledgeBase kb) {
        String plain = c.plainValue();
        if (c.value().asMap().size() > 1) {
            return Projection.text(c.value(), lang);
        }
        if (c.field().equals("kind")) {
            return Labels.kind(plain, lang);
        }
        if (c.field().equals("parties") && countryCodes(plain)) {
            return countries(Projection.codes(plain), lang);
        }
        boolean number = number(plain);
        if (AMOUNTS.contains(c.field()) && number) {
            return TradeText.money(new java.math.BigDecimal(plain), null, false, lang);
        }
        if (number && c.field().equals("growth")) {
            return TradeText.number(new java.math.BigDecimal(plain), lang);
        }
        if (kb.get(plain, Place.class).isPresent()) {
            return Projection.place(plain, kb, lang);
        }
        if (plain.isEmpty() || plain.charAt(0) < '0' || plain.charAt(0) > '9') {
            return Projection.text(c.value(), lang);  // not a date: no exception thrown to find out
        }
        try {
            return DateText.format(DateRange.parse(plain), lang);
        } catch (IllegalArgumentException notADate) {
            return number ? TradeText.number(new java.math.BigDecimal(plain), lang) : Projection.text(c.value(), lang);
        }
    }

    /** "-12.5", "300": a plain decimal number (by hand: a regular expression costs start-up). */
    private static boolean number(String s) {
        int digits = 0;
        int points = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch == '.' && digits > 0 && points == 0 && i + 1 < s.length()) {
                points++;
            } else if (!(ch == '-' && i == 0)) {
                return false;
            }
        }
        return digits > 0;
    }

    /** "KZ, KG, UZ": country codes and nothing else. */
    private static boolean countryCodes(String s) {
        for (String code : Projection.codes(s)) {
            if (code.length() != 2 || !Character.isUpperCase(code.charAt(0)) || !Character.isUpperCase(code.charAt(1))) {
                return false;
            }
        }
        return !s.isBlank();
    }

    /** Countries by name joined as the language joins them: "A and B", "Қазақстан мен Өзбекстан", "A, B және C". */
    static String countries(List<String> codes, Lang lang) {
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            names.add(Labels.country(code, lang));
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        Catalogue w = Catalogue.of(lang);
        String and = names.size() == 2 ? w.get("list.and") : w.get("list.and.last");
        return String.join(w.get("list.comma"), names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }
}
