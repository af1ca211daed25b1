package dev.kzuz.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shortcuts that make checking fast find exactly what the plain way finds: the lexicon's
 * reading of a sentence what comparing every sentence word with every name word finds, dates
 * found with the hopeless patterns skipped what trying every pattern finds, and a sentence is
 * spared the founding and trade patterns only when they cannot match it.
 */
class CheckShortcutsProperties {

    @Property(tries = 1000)
    void theLexiconFindsWhatComparingEveryWordFinds(@ForAll("nameWords") List<String> names, @ForAll("sentenceWords") List<String> sentence) {
        Lexicon lexicon = new Lexicon();
        Lexicon.Phrase phrase = lexicon.add(names);
        List<Lexicon.Word> words = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            words.add(new Lexicon.Word(sentence.get(i), i * 10));
        }
        Lexicon.Reading reading = lexicon.read(words);
        for (int k = 0; k < names.size(); k++) {
            String p = names.get(k);
            int id = phrase.ids()[k];
            int expected = -1;
            for (int i = sentence.size() - 1; i >= 0; i--) {
                if (Lexicon.sameWord(sentence.get(i), p)) {
                    expected = i;
                }
            }
            assertThat(reading.index(id)).as(p).isEqualTo(expected);
            assertThat(reading.position(id)).as(p).isEqualTo(expected < 0 ? -1 : expected * 10);
            assertThat(reading.found().contains(id)).as(p).isEqualTo(expected >= 0);
        }
    }

    @Property(tries = 3000)
    void skippingHopelessPatternsFindsTheSameDates(@ForAll("datedTexts") String text) {
        assertThat(DraftDates.find(text)).as(text).isEqualTo(DraftDates.find(text, false));
    }

    @Property(tries = 2000)
    void aSentenceWithoutTheirWordsIsRightlyNotSearchedForFoundingOrTrade(@ForAll("wordyTexts") String text) {
        String folded = DraftDates.foldCase(text);
        if (NamedDates.FOUNDING.pattern().matcher(text).find()) {
            assertThat(NamedDates.FOUNDING.mayBeIn(folded)).as(text).isTrue();
        }
        if (TradeFigures.TRADE.pattern().matcher(text).find()) {
            assertThat(TradeFigures.TRADE.mayBeIn(folded)).as(text).isTrue();
        }
    }

    /** The words of FOUNDING and TRADE and their starts, in any case, among other words. */
    @Provide
    Arbitrary<String> wordyTexts() {
        Arbitrary<String> word = Arbitraries.of("founded", "Established", "CREATED", "set up", "Set Up", "основан", "Учреждён", "СОЗДАН",
                "құрылды", "Құру", "ҚҰРҒАН", "trade", "Trade", "TURNOVER", "товарооборот", "Торговля", "тауар айналымы", "Тауар Айналым",
                "САУДА", "found", "creat", "tra", "созд", "құр", "set", "up", "treaty", "шарт", "ᲀ", "ſ", "K");
        Arbitrary<String> glue = Arbitraries.of(" ", "", ", ", ".", "\n", "1998", "x");
        return Combinators.combine(word, glue).as((w, g) -> w + g).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }

    /** Folded words of three letters, so that many share a start, and some all but their ends. */
    @Provide
    Arbitrary<List<String>> nameWords() {
        return Arbitraries.strings().withChars("ab1").ofMinLength(1).ofMaxLength(9).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> sentenceWords() {
        return Arbitraries.strings().withChars("ab1").ofMinLength(1).ofMaxLength(12).list().ofMaxSize(20);
    }

    /**
     * Month names and their starts in the three languages, in any case (and with letters whose
     * case folds onto Cyrillic or ASCII ones: ᲀ is a small В, K the Kelvin sign, ſ a long s),
     * days, years, numbers and what stands between them.
     */
    @Provide
    Arbitrary<String> datedTexts() {
        Arbitrary<String> name = Arbitraries.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept.", "oct",
                "nov.", "dec", "января", "февраля", "марта", "апреля", "мая", "мае", "май", "июня", "июле", "августа", "сентября",
                "октябре", "ноября", "декабря", "ма", "қаңтарда", "наурыз", "маусымда", "қазан", "қарашасынан", "желтоқсан");
        Arbitrary<String> month = Arbitraries.oneOf(
                Combinators.combine(name, Arbitraries.of(0, 1, 2)).as((m, c) -> c == 0 ? m : c == 1 ? m.toUpperCase(Locale.ROOT)
                        : m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1)),
                Arbitraries.of("maY", "oCtober", "феᲀраля", "Kjul", "ſep", "ſept"));
        Arbitrary<String> number = Arbitraries.of("1", "10", "31", "9-", "10-12", "1997", "2024", "1899", "19970", "03", "10.03.1997",
                "45.03.1997", "12.1998");
        Arbitrary<String> glue = Arbitraries.of(" ", "  ", ", ", "\n", "", ".", " ж. ", " жылы ", " жылғы ", " г. ", " года ", "-", " in ",
                " on ", "x", "Ж.");
        Arbitrary<String> space = Arbitraries.of(" ", "\n", ", ", " ж. ", " жылы ");
        Arbitrary<String> date = Combinators.combine(number, space, month, space, number).as((a, b, c, d, e) -> a + b + c + d + e);
        Arbitrary<String> part = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, month), net.jqwik.api.Tuple.of(1, number),
                net.jqwik.api.Tuple.of(2, glue), net.jqwik.api.Tuple.of(2, date));
        return Combinators.combine(part.list().ofMinSize(1).ofMaxSize(6), glue)
                .as((parts, end) -> String.join("", parts) + end);
    }
}
