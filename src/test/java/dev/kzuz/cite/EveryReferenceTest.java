package dev.kzuz.cite;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.cli.CliResult;
import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled source rendered in every style and language, alone (footnotes) and in the whole
 * list (kzuz sources), holds its title as written, its site, its URL and its number.
 */
class EveryReferenceTest {
    private static List<Source> sources;

    @BeforeAll
    static void load() {
        KnowledgeBase kb = KbLoader.load(List.of(KbSource.bundled()), false).kb();
        sources = kb.ofType(RecordType.SOURCE, Source.class);
    }

    static Stream<Arguments> stylesAndLanguages() {
        return Stream.of(Style.values()).flatMap(s -> Catalogue.LANGUAGES.stream().map(l -> Arguments.of(s, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stylesAndLanguages")
    void everyReferenceKeepsItsSourcesTitleSiteUrlAndNumber(Style style, Lang lang) {
        Map<String, String> alone = StyledReferences.render(sources, style, lang, "text");
        Map<String, String> listed = StyledReferences.bibliographyById(sources, style, lang);
        assertThat(listed).hasSameSizeAs(sources);
        List<String> wrong = new ArrayList<>();
        for (Source s : sources) {
            wrong.addAll(mismatches(s, alone.get(s.id()), lang, "alone"));
            wrong.addAll(mismatches(s, listed.get(s.id()), lang, "in the list"));
        }
        assertThat(wrong).as(wrong.size() + " of " + 2 * sources.size() + " references").isEmpty();
    }

    private static List<String> mismatches(Source s, String reference, Lang lang, String where) {
        List<String> wrong = new ArrayList<>();
        String what = s.id() + " (" + where + "): " + reference + "\n    ";
        if (!asWritten(s.shownTitle(lang)).matcher(reference).find()) {
            wrong.add(what + "lacks its title " + s.shownTitle(lang));
        }
        String site = s.site() != null ? s.site() : s.database();
        if (site != null && !Pattern.compile(exactly(site)).matcher(reference).find()) {
            wrong.add(what + "lacks its site " + site);
        }
        if (s.url() != null && !reference.contains(s.url())) {
            wrong.add(what + "lacks its URL " + s.url());
        }
        // The hyphen of "164-I" is rendered non-breaking (a CSL processor would make it a dash).
        if (s.number() != null
                && !reference.contains(Catalogue.of(lang).fill("ref.number", "n", s.number().replace('-', '\u2011')))) {
            wrong.add(what + "lacks its number " + s.number());
        }
        return wrong;
    }

    /**
     * The title as written, as a pattern: a style may set its own quotation marks, put a word's
     * first letter in capitals or small letters (title case), drop a final full stop into its own
     * and put one inside the closing quotation marks; nothing else may change.
     */
    static Pattern asWritten(String title) {
        String text = title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                // English puts a full stop or comma inside the closing quotation marks.
                re.append(closesTitle(text, i) ? "[.,]?[" : "[").append(QUOTES).append("]");
            } else if (Character.isWhitespace(c)) {
                re.append("\\s+");
            } else if (Character.isLetter(c) && startsWord(text, i)) {
                re.append("[").append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append("]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    /** The text as written, but for the quotation marks and apostrophes a style sets its own way. */
    private static String exactly(String text) {
        StringBuilder re = new StringBuilder();
        text.chars().forEach(c -> re.append(QUOTES.indexOf(c) >= 0 ? "[" + QUOTES + "]" : Pattern.quote(Character.toString(c))));
        return re.toString();
    }

    private static boolean closesTitle(String text, int i) {
        return i > 0 && QUOTES.indexOf(text.charAt(i - 1)) < 0 && text.substring(i).chars().allMatch(q -> QUOTES.indexOf(q) >= 0);
    }

    private static final String QUOTES = "\"'“”„«»‘’";

    /** A word starts the text or follows a space, a hyphen, a slash or an opening mark; not "24.kg" or "Uzbekistan's". */
    private static boolean startsWord(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        boolean afterLetter = i >= 2 && Character.isLetterOrDigit(text.charAt(i - 2));
        return Character.isWhitespace(before) || "-–—/([".indexOf(before) >= 0 || QUOTES.indexOf(before) >= 0 && !afterLetter;
    }

    /** The lists users reported: RT's name spread into every "rt", a title starting with a number lost its start. */
    @Test
    void theReportedListsReadAsTheirSourcesAreWritten() {
        CliResult list = CliResult.run("sources", "cis", "kambarata-1-2023", "--lang", "kk");
        assertThat(list).succeeded().outContains("Uzbekistan ratifies CIS free trade zone treaty [Электрондық ресурс] // RT. 2013.");
        assertThat(list.out()).doesNotContainPattern("\\p{Ll}RT|RT\\p{Ll}");
        assertThat(CliResult.run("sources", "24kg-2024-04-kambarata-jsc", "--style", "apa")).succeeded()
                .outContains("- [24.kg report on the planned joint-stock company for the Kambarata-1 HPP project, April 2024]. (2024, April 16). 24.kg. ",
                        // A web address is an autolink, written as it is: copied from the terminal, it still opens.
                        "24.kg. <https://24.kg/english/291684__Kazakhstan_Kyrgyzstan_Uzbekistan_to_create_JSC_for_Kambarata_HPP_1_project/>");
        assertThat(CliResult.run("sources", "24kg-2024-04-kambarata-jsc", "--style", "chicago")).succeeded()
                .outContains("- 24.kg. “[24.kg Report on the Planned Joint-Stock Company for the Kambarata-1 HPP Project, April 2024],” April 16, 2024. ");
    }

    @Test
    void theTitlePatternHoldsAStylesCaseAndQuotesButNoCaseInsideAWord() {
        assertThat(asWritten("Uzbekistan's report on \"joint-stock\" firms.").matcher("“Uzbekistan’s Report on ‘Joint-Stock’ Firms,”").find()).isTrue();
        assertThat(asWritten("Uzbekistan ratifies CIS free trade zone treaty").matcher("Uzbekistan RaTifies CIS").find()).isFalse();
        assertThat(asWritten("Partnership report").matcher("PaRTnership repoRT").find()).isFalse();
        assertThat(asWritten("[24.kg report, April 2024]").matcher("- kg report, April 2024]").find()).isFalse();
        assertThat(asWritten("24.kg report").matcher("24.Kg report").find()).isFalse();
    }
}
