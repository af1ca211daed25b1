package dev.kzuz.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.Lang;
import org.junit.jupiter.api.Test;

class DraftTextTest {
    private static final String FIRST = "The treaty was signed.[^a][^b]\n\n[^a]: Reference A.\n[^b]: Reference B.\n";
    private static final String SECOND = "| x | [^c][^a] |\n\nThe bank was founded.[^c]\n\n[^c]: Reference C.\n[^a]: Reference A.\n";

    @Test
    void footnotesAreDefinedOnceHoweverOftenASourceIsCited() {
        DraftText.Result one = DraftText.withFootnotes("# Essay\n", DraftText.Addition.of(FIRST), Lang.EN);
        DraftText.Result two = DraftText.withFootnotes(one.text(), DraftText.Addition.of(SECOND), Lang.EN);
        assertThat(two.text()).isEqualTo("# Essay\n\nThe treaty was signed.[^a][^b]\n\n[^a]: Reference A.\n[^b]: Reference B.\n\n"
                + "| x | [^c][^a] |\n\nThe bank was founded.[^c]\n\n[^c]: Reference C.\n");
        assertThat(two.references()).isEqualTo(1);
        assertThat(two.blocks()).isEqualTo(2);
        assertThat(two.numbered()).isFalse();
    }

    @Test
    void numbersFollowFirstCitationAndTheListStaysAtTheEnd() {
        DraftText.Result one = DraftText.numbered("# Essay\n\nMy own words.\n", DraftText.Addition.of(FIRST), Lang.KK);
        assertThat(one.text()).isEqualTo("# Essay\n\nMy own words.\n\nThe treaty was signed [1, 2].\n\n## Пайдаланылған әдебиеттер\n\n"
                + "1. Reference A. <!-- kzuz:a -->\n2. Reference B. <!-- kzuz:b -->\n");
        // The draft keeps its list: what is added later is numbered too, before the list, in the list's language.
        assertThat(DraftText.isNumbered(one.text())).isTrue();
        DraftText.Result two = DraftText.numbered(one.text() + "\nA note after the list.\n", DraftText.Addition.of(SECOND), Lang.RU);
        assertThat(two.text()).isEqualTo("# Essay\n\nMy own words.\n\nThe treaty was signed [1, 2].\n\n| x | [1, 3] |\n\n"
                + "The bank was founded [3].\n\n## Пайдаланылған әдебиеттер\n\n"
                + "1. Reference A. <!-- kzuz:a -->\n2. Reference B. <!-- kzuz:b -->\n3. Reference C. <!-- kzuz:c -->\n\nA note after the list.\n");
        assertThat(two.references()).isEqualTo(1);
        DraftText.Result again = DraftText.numbered(two.text(), DraftText.Addition.of(FIRST), Lang.RU);
        assertThat(again.references()).isZero();
        assertThat(again.text()).contains("The treaty was signed [1, 2].\n\n## Пайдаланылған").endsWith("A note after the list.\n");
    }

    @Test
    void anAbbreviationKeepsItsDotBeforeTheNumber() {
        DraftText.Addition a = DraftText.Addition.of("Член с 8 июля 1994 г.[^a] Второе предложение.[^b]\n\n[^a]: A.\n[^b]: B.\n");
        assertThat(DraftText.numbered("", a, Lang.RU).text()).startsWith("Член с 8 июля 1994 г. [1]. Второе предложение [2].\n");
    }

    @Test
    void aPageGoesWithItsNumberOrAfterItsSourcesReference() {
        String cited = "The treaty was signed.[^a@45][^b]\n\n[^a]: Reference A.\n[^b]: Reference B.\n";
        assertThat(DraftText.numbered("", DraftText.Addition.of(cited), Lang.RU).text())
                .startsWith("The treaty was signed [1, с. 45; 2].\n").contains("1. Reference A. <!-- kzuz:a -->");
        assertThat(DraftText.numbered("", DraftText.Addition.of(cited), Lang.KK).text()).startsWith("The treaty was signed [1, 45 б.; 2].\n");
        // Footnotes: the page's note is the source's reference and the page; a source cited only at a page is not defined bare.
        assertThat(DraftText.withFootnotes("", DraftText.Addition.of(cited), Lang.RU).text())
                .contains("[^a@45]: Reference A. С. 45.\n", "[^b]: Reference B.\n").doesNotContain("[^a]:");
        assertThat(DraftText.withFootnotes("", DraftText.Addition.of(cited), Lang.KK).text()).contains("[^a@45]: Reference A. Б. 45.\n");
    }

    @Test
    void aCrlfDraftStaysCrlf() {
        String draft = "# Essay\r\n\r\nText.\r\n";
        for (DraftText.Result r : new DraftText.Result[] {DraftText.withFootnotes(draft, DraftText.Addition.of(FIRST), Lang.EN),
                DraftText.numbered(draft, DraftText.Addition.of(FIRST), Lang.EN)}) {
            assertThat(r.text()).startsWith(draft).endsWith("\r\n");
            assertThat(r.text().replace("\r\n", "")).doesNotContain("\n", "\r");
        }
    }

    @Test
    void aHeadingOfTheUsersOwnIsNoReferenceList() {
        String draft = "# Essay\n\n## References\n\nMy own list, in my own words.\n";
        assertThat(DraftText.isNumbered(draft)).isFalse();
        assertThat(DraftText.numbered(draft, DraftText.Addition.of(FIRST), Lang.EN).text())
                .startsWith(draft).contains("signed [1, 2].").endsWith("## References\n\n1. Reference A. <!-- kzuz:a -->\n2. Reference B. <!-- kzuz:b -->\n");
    }
}
