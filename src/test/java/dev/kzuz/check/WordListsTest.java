package dev.kzuz.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.query.DateText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checker's word files: complete in every language, and read as the code expects. */
class WordListsTest {
    private static final Path FOLDER = Path.of("src/main/resources/dev/kzuz/check");

    @Test
    void everyLanguageHasEveryKeyAnyLanguageHas() {
        Set<String> all = new TreeSet<>();
        for (String language : WordLists.LANGUAGES) {
            all.addAll(WordLists.load(language).keys());
        }
        for (String language : WordLists.LANGUAGES) {
            assertThat(WordLists.load(language).keys()).as(WordLists.fileName(language) + " lacks keys").containsAll(all);
        }
        // The keys the code reads are among them.
        assertThat(all).contains(WordLists.TITLE_STOPWORDS, WordLists.FOUNDING_STARTS, WordLists.TRADE_WORDS,
                WordLists.AMOUNT_CURRENCY, WordLists.AMOUNT_BILLIONS, WordLists.AMOUNT_MILLIONS, WordLists.DATE_MONTHS,
                WordLists.SENTENCE_ABBREVIATIONS);
    }

    @Test
    void everyWordFileIsALanguageTheCheckerReads() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(FOLDER)) {
            list.forEach(p -> files.add(p.getFileName().toString()));
        }
        List<String> expected = new ArrayList<>();
        for (String language : WordLists.LANGUAGES) {
            expected.add(WordLists.fileName(language));
        }
        assertThat(files).as("a word file not in WordLists.LANGUAGES is never read").containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void wordsAreLowerCaseAndNoneIsEmpty() {
        for (String language : WordLists.LANGUAGES) {
            WordLists words = WordLists.load(language);
            for (String key : words.keys()) {
                for (String w : words.list(key)) {
                    assertThat(w).as(WordLists.fileName(language) + " " + key).isNotBlank().isEqualTo(w.strip());
                    if (!key.equals(WordLists.SENTENCE_ABBREVIATIONS)) {
                        // The quick look for founding and trade words searches the case-folded text.
                        assertThat(DraftDates.foldCase(w)).as(WordLists.fileName(language) + " " + key + ": lower case").isEqualTo(w);
                    }
                }
            }
        }
    }

    @Test
    void twelveMonthsInEveryLanguage() {
        for (String language : WordLists.LANGUAGES) {
            assertThat(WordLists.of(language).months()).as(language).hasSize(12).allSatisfy(names -> assertThat(names).isNotEmpty());
        }
    }

    @Test
    void everyMonthNameTheRendererWritesIsReadAsThatMonth() {
        // Every date kzuz writes, in every language and form, is read back as that date.
        for (int m = 1; m <= 12; m++) {
            PartialDate day = new PartialDate(1997, m, 10);
            PartialDate month = new PartialDate(1997, m, 0);
            for (Lang lang : List.of(Lang.EN, Lang.KK, Lang.RU, Lang.UZ)) {
                for (DateText.Form form : DateText.Form.values()) {
                    String d = DateText.format(day, lang, form);
                    assertThat(dates(d)).as(d).containsExactly(DateRange.of(day));
                    String mo = DateText.format(month, lang, form);
                    assertThat(dates(mo)).as(mo).containsExactly(DateRange.of(month));
                }
            }
            String en = DateText.format(month, Lang.EN).replace(" 1997", "");
            assertThat(dates("on " + en + " 10, 1997")).as(en).containsExactly(DateRange.of(day));
        }
    }

    @Test
    void englishAbbreviationsAreReadAsTheirMonth() {
        assertThat(dates("Sept. 10, 1997")).containsExactly(DateRange.of(new PartialDate(1997, 9, 10)));
        assertThat(dates("10 Sep 1997")).containsExactly(DateRange.of(new PartialDate(1997, 9, 10)));
        assertThat(dates("Feb 1994")).containsExactly(DateRange.of(new PartialDate(1994, 2, 0)));
        // Each form of May in Russian ("ма[йяе]" before the word lists).
        assertThat(dates("в мае 1995")).containsExactly(DateRange.of(new PartialDate(1995, 5, 0)));
        assertThat(dates("9 мая 1995")).containsExactly(DateRange.of(new PartialDate(1995, 5, 9)));
        assertThat(dates("май 1995")).containsExactly(DateRange.of(new PartialDate(1995, 5, 0)));
    }

    @Test
    void anAbbreviationsFullStopDoesNotEndTheSentence() {
        assertThat(new Draft("1992–1994 жж. Орталық Азия елдері одақ құрды. Келесі сөйлем.").sentences()).hasSize(2);
        assertThat(new Draft("Подробнее см. Приложение 2. Следующее предложение.").sentences()).hasSize(2);
        assertThat(new Draft("It was signed in the US. Then it was ratified.").sentences()).hasSize(1);
        assertThat(new Draft("It was signed in the us. Then it was ratified.").sentences()).as("US counts as written only").hasSize(2);
    }

    private static List<DateRange> dates(String text) {
        List<DateRange> out = new ArrayList<>();
        for (DraftDates.Found f : DraftDates.find(text)) {
            out.add(f.date());
        }
        return out;
    }
}
