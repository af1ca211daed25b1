package dev.kzuz.check;

import dev.kzuz.model.Catalogue;
import dev.kzuz.check.Checker.ClaimKind;
import dev.kzuz.check.Checker.Finding;
import dev.kzuz.check.Checker.Kind;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.query.TradeText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a trade turnover given with a year and an amount ("In 2011 trade … was $3.5 billion")
 * and compares it with the whole-year turnover figures reported for that year: within 5% of one
 * agrees; otherwise it contradicts them all, and with none reported it is unconfirmed.
 */
final class TradeFigures {
    /** A sentence that speaks of trade may give a turnover. */
    static final Cue TRADE = Cue.anywhere(WordLists.all(WordLists.TRADE_WORDS));
    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    /** A trade figure and how a finding shows it ("$4.5 bn (KZ government)"): formatting money is slow enough to do once. */
    private record Figure(TradeFigure trade, String shown) {
    }

    private final List<Figure> figures = new ArrayList<>();

    private final KnowledgeBase kb;
    private final Lang lang;

    TradeFigures(KnowledgeBase kb, Lang lang) {
        this.kb = kb;
        this.lang = lang;
        for (TradeFigure t : kb.ofType(RecordType.TRADE, TradeFigure.class)) {
            if (t.kind().equals("figure") && !t.partial() && t.period() != null && t.turnover() != null) {
                figures.add(new Figure(t, TradeText.money(t.turnover(), t, lang) + " (" + TradeText.reporter(t, lang) + ")"));
            }
        }
    }

    /** At most one finding: for the sentence's first amount and the year nearest to it. */
    List<Finding> find(DraftSentence s) {
        // "In 2021 it reached $6.1 bn", trade named in the sentence before.
        if (!TRADE.in(s) && (s.before() == null || !TRADE.in(s.before()))) {
            return List.of();
        }
        Amounts.Amount amount = Amounts.first(s.text());
        if (amount == null) {
            return List.of();
        }
        DraftDates.Found year = nearestYear(s.dates(), amount.start());
        if (year == null) {
            return List.of();
        }
        int y = year.date().start().year();
        String said = amount.text().strip() + " (" + y + ")";
        List<Figure> ofYear = new ArrayList<>();
        for (Figure f : figures) {
            if (f.trade().period().start().year() == y) {
                ofYear.add(f);
            }
        }
        if (ofYear.isEmpty()) {
            return List.of(s.finding(Kind.UNCONFIRMED, ClaimKind.TRADE, amount.start(), said, List.of(), "",
                    Catalogue.of(lang).fill("check.no.figure", "year", String.valueOf(y)), List.of()));
        }
        List<String> sources = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (Figure f : ofYear) {
            TradeFigure t = f.trade();
            BigDecimal diff = t.turnover().subtract(amount.value()).abs();
            // Within 5%, or within the rounding of the figure as the draft writes it.
            if (diff.compareTo(t.turnover().multiply(FIVE_PERCENT)) <= 0) {
                return List.of(s.finding(Kind.CONFIRMED, ClaimKind.TRADE, amount.start(), said, List.of(t.id()), TradeText.reporter(t, lang),
                        f.shown(), kb.ranked(t.provenance().sources())));
            }
            values.append(values.length() == 0 ? "" : "; ").append(f.shown());
            sources.addAll(t.provenance().sources());
            ids.add(t.id());
        }
        // Every figure of the year is compared, and all are named: none is the one the draft meant.
        return List.of(s.finding(Kind.CONTRADICTION, ClaimKind.TRADE, amount.start(), said, ids, TradeText.reporter(ofYear.get(0).trade(), lang),
                values.toString(), kb.ranked(sources)));
    }

    /** The date given as a year alone that stands nearest to {@code offset} (the first of equals); or null. */
    private static DraftDates.Found nearestYear(List<DraftDates.Found> dates, int offset) {
        DraftDates.Found nearest = null;
        int distance = Integer.MAX_VALUE;
        for (DraftDates.Found d : dates) {
            if (d.date().start().precision() == PartialDate.Precision.YEAR && Math.abs(d.offset() - offset) < distance) {
                nearest = d;
                distance = Math.abs(d.offset() - offset);
            }
        }
        return nearest;
    }
}
