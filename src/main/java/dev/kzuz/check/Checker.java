package dev.kzuz.check;

import dev.kzuz.model.Lang;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.query.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a draft against the knowledge base, sentence by sentence, with five detectors: a
 * country's step in an institution ({@link Memberships}), a record named together with a date
 * ({@link NamedDates}), the place and parties of a signing or meeting ({@link PlacesAndParties}),
 * a trade turnover with a year and an amount ({@link TradeFigures}), and a known claim of an
 * essay ({@link EssayClaims}). The words they look for in Kazakh, Russian and English are data
 * ({@link WordLists}).
 */
public final class Checker {
    /** What a finding says of the draft. */
    public enum Kind {
        /** The draft says what public sources contradict. */
        CONTRADICTION,
        /** The draft repeats a value the knowledge base keeps as a known error. */
        KNOWN_ERROR,
        /** Two records fit the sentence equally and its value is right for neither. */
        AMBIGUOUS,
        /** No public source confirms what the draft says, or sources are divided. */
        UNCONFIRMED,
        /** The draft agrees with the knowledge base. */
        CONFIRMED;

        public boolean alarming() {
            return this == CONTRADICTION || this == KNOWN_ERROR || this == AMBIGUOUS;
        }

        /** The word for it in JSON and the language catalogue ("known-error"). */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What a sentence claims that a finding is about. */
    public enum ClaimKind {
        /** When a treaty was signed or an event took place. */
        DATE,
        /** When an institution was founded. */
        FOUNDING,
        /** When an institution ceased to exist. */
        DISSOLUTION,
        /** Where a treaty was signed or an event took place. */
        PLACE,
        /** Which countries signed a treaty or took part in an event. */
        PARTIES,
        /** When a country joined an institution. */
        JOIN,
        /** When a country left an institution. */
        LEAVE,
        /** When a country suspended its membership. */
        SUSPENSION,
        /** When a country became an observer. */
        OBSERVER,
        /** A year's trade turnover. */
        TRADE,
        /** A claim of an essay the knowledge base has weighed. */
        ESSAY;

        /** The word for it in JSON and the language catalogue. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One finding: where (line and column, 1-based, in characters), what kind of claim, the
     * value as the draft writes it, the records compared (the first is the one the sentence is
     * taken to be about; several when it fits them equally), that record's title in the reader's
     * language, the value the knowledge base holds, and its sources, best first.
     */
    public record Finding(Kind kind, ClaimKind claim, int line, int column, String found, List<String> records,
                          String title, String held, List<String> sources) {
        public Finding {
            records = List.copyOf(records);
            sources = List.copyOf(sources);
        }

        /** The record the sentence is taken to be about; empty when none (a year without a trade figure). */
        public String record() {
            return records.isEmpty() ? "" : records.get(0);
        }
    }

    /** A year, its abbreviation ("2001 г."), and the capitalised word after it. */
    private static final Pattern YEAR_THEN_CAPITAL = Pattern.compile("\\d{4}\\s*(?:"
            + WordLists.alternatives(WordLists.all(WordLists.DATE_YEAR_ABBREVIATIONS), "") + ")\\.(?:\\[\\^[^\\]\\s]+\\])*\\s+(\\p{Lu}[\\p{L}-]*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’‘ʻʼ]+");
    /** Contradictions first, then unconfirmed, then confirmed; each in the draft's order. */
    private static final Comparator<Finding> REPORT_ORDER = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int byKind = Integer.compare(rank(a.kind()), rank(b.kind()));
            int byLine = Integer.compare(a.line(), b.line());
            return byKind != 0 ? byKind : byLine != 0 ? byLine : Integer.compare(a.column(), b.column());
        }

        private int rank(Kind k) {
            return k.alarming() ? 0 : k.ordinal();
        }
    };

    /** Every word of every name and claim the detectors look for. */
    private final Lexicon lexicon = new Lexicon();
    private final RecordNames names;
    private final Places places;
    private final Memberships memberships;
    private final NamedDates namedDates;
    private final PlacesAndParties placesAndParties;
    private final TradeFigures trade;
    private final EssayClaims essayClaims;
    /** Sentence words folded so far: a draft repeats its words, and folding is the costly part of reading one. */
    private final Map<String, List<String>> folded = new HashMap<>();

    /** A checker whose findings say what the knowledge base holds in {@code lang}. */
    public Checker(KnowledgeBase kb, Lang lang) {
        names = new RecordNames(kb, lexicon);
        places = new Places(kb, lexicon);
        RecordChoice choice = new RecordChoice(places, kb, lang);
        essayClaims = new EssayClaims(kb, lexicon, lang);
        memberships = new Memberships(kb, places, lang);
        namedDates = new NamedDates(kb, new PlacedRecords(kb, lexicon), choice, lang);
        placesAndParties = new PlacesAndParties(kb, choice, lang);
        trade = new TradeFigures(kb, lang);
    }

    public List<Finding> check(Draft draft) {
        List<Finding> out = new ArrayList<>();
        DraftSentence previous = null;
        for (Draft.Sentence s : splitAfterYears(draft.sentences())) {
            DraftSentence sentence = new DraftSentence(draft, s, lexicon.read(words(s.text())), DraftDates.find(s.text()), names, places);
            // "… the CSTO. It left the treaty in 1999": a sentence may speak of what the one before named.
            sentence.follows(previous != null && draft.sameParagraph(previous.start(), s.start()) ? previous : null);
            previous = sentence;
            List<Finding> structured = new ArrayList<>();
            if (!sentence.dates().isEmpty()) {
                // A date said of a country's step in a body is not the date of a record the sentence names.
                Set<Integer> taken = new HashSet<>();
                structured.addAll(memberships.find(sentence, taken));
                structured.addAll(namedDates.find(sentence, taken));
                structured.addAll(trade.find(sentence));
            }
            structured.addAll(placesAndParties.find(sentence));
            List<Finding> known = essayClaims.find(sentence);
            add(out, structured, known);
        }
        out.sort(REPORT_ORDER);
        return out;
    }

    /**
     * The sentences, each cut after a year's abbreviation that a capitalised word follows, unless
     * that word is a place or the year opens the sentence ("… подписан в 2001 г. Оставшиеся
     * участки …" is two sentences; "… уже в 2010 г. Ташкент приостановил …" and "В апреле 2024 г.
     * Токаев …" are one): the draft alone cannot tell a name from a sentence's start.
     */
    private List<Draft.Sentence> splitAfterYears(List<Draft.Sentence> sentences) {
        List<Draft.Sentence> out = new ArrayList<>(sentences.size());
        for (Draft.Sentence s : sentences) {
            int from = 0;
            Matcher m = YEAR_THEN_CAPITAL.matcher(s.text());
            while (m.find()) {
                if (!places.isName(m.group(1)) && wordsIn(s.text(), from, m.start()) > 3) {
                    out.add(new Draft.Sentence(s.text().substring(from, m.start(1)), s.start() + from));
                    from = m.start(1);
                }
            }
            out.add(from == 0 ? s : new Draft.Sentence(s.text().substring(from), s.start() + from));
        }
        // kzuz's own "Sources disagree …", cut off here after a year, claims nothing either (see Draft).
        out.removeIf(Checker::reportsDisagreement);
        return out;
    }

    private static boolean reportsDisagreement(Draft.Sentence s) {
        return Draft.reportsDisagreement(s.text());
    }

    /** How many words stand in the text between two offsets. */
    private static int wordsIn(String text, int from, int to) {
        int n = 0;
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * A sentence's findings: an essay claim recognised in it speaks for its records, so a date
     * that merely agrees with one of them is not listed too (it must not hide, say, wrong
     * parties); and a claim is not listed where a date already alarms about one of its records.
     */
    private void add(List<Finding> out, List<Finding> structured, List<Finding> known) {
        Set<String> explained = new HashSet<>();
        for (Finding f : known) {
            explained.addAll(essayClaims.recordsOf(f));
        }
        Set<String> alarmed = new HashSet<>();
        for (Finding f : structured) {
            if (f.kind() == Kind.CONFIRMED && explained.contains(f.record())) {
                continue;
            }
            out.add(f);
        }
        for (Finding f : structured) {
            if (f.kind().alarming()) {
                alarmed.add(f.record());
            }
        }
        for (Finding f : known) {
            if (!containsAny(alarmed, essayClaims.recordsOf(f))) {
                out.add(f);
            }
        }
    }

    private static boolean containsAny(Set<String> set, List<String> items) {
        for (String item : items) {
            if (set.contains(item)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's words, folded, each with where it stands. */
    private List<Lexicon.Word> words(String text) {
        List<Lexicon.Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (folded.size() > 100_000) {
                folded.clear(); // a draft of endless distinct words: memory stays bounded
            }
            List<String> tokens = folded.get(m.group());
            if (tokens == null) {
                tokens = Fold.tokens(m.group());
                folded.put(m.group(), tokens);
            }
            for (String t : tokens) {
                out.add(new Lexicon.Word(t, m.start()));
            }
        }
        return out;
    }
}
