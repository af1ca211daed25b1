package dev.kzuz.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.Lang;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word forms that must meet (share a stem) and words that must not, in each language; the
 * languages' files parse; stop words, membership words and hyphenated endings are told apart.
 */
class StemsTest {
    private static final SearchLanguages LANGUAGES = SearchLanguages.fromResources();

    @Test
    void kazakhCaseEndingsPossessivesAndPluralsMeetTheirWord() {
        meet(Lang.KK, "Самарқанд", "Самарқандта", "Самарқандқа", "Самарқандтың", "Самарқандтан");
        meet(Lang.KK, "Ташкент", "Ташкентте", "Ташкенттегі", "Ташкентке", "Ташкенттің");
        meet(Lang.KK, "әріптестік", "әріптестігі", "әріптестігін", "әріптестікті");
        meet(Lang.KK, "ынтымақтастық", "ынтымақтастығы", "ынтымақтастықты");
        meet(Lang.KK, "Кеңес", "Кеңесі", "Кеңесінде", "Кеңестің");
        meet(Lang.KK, "шарт", "шарты", "шартқа", "шартының", "шарттар");
        meet(Lang.KK, "Астана", "Астанада", "Астанаға", "Астананың");
        meet(Lang.KK, "Алматы", "Алматыда", "Алматыдағы");
        meet(Lang.KK, "Республика", "Республикасы", "Республикасының", "Республикасымен");
        meet(Lang.KK, "келісім", "келісімі", "келісімдер", "келісімге");
        meet(Lang.KK, "ұйым", "ұйымы", "ұйымына", "ұйымында", "ұйымдар");
        meet(Lang.KK, "хаттама", "хаттамасы", "хаттамалар");
        meet(Lang.KK, "мемлекет", "мемлекеттер", "мемлекеттің", "мемлекеттері");
        meet(Lang.KK, "Өзбекстан", "Өзбекстанмен", "Өзбекстанда", "Өзбекстанның");
    }

    @Test
    void kazakhWordsThatOnlyLookAlikeStayApart() {
        apart(Lang.KK, "құрылыс", "құрылды");
        apart(Lang.KK, "құрылысы", "құрылды");
        apart(Lang.KK, "мемлекет", "мемлекеттік");
        apart(Lang.KK, "Қазақстан", "Қазақ");
        apart(Lang.KK, "Кеңес", "Кеңе");
        // A name ending as a dative does (-на) after a letter the ending never follows keeps it.
        assertThat(stem(Lang.KK, "Астана")).isEqualTo("астана");
        assertThat(stem(Lang.KK, "Ферғана")).isEqualTo("ферғана");
    }

    @Test
    void aStemKeepsAtLeastFourLetters() {
        assertThat(stem(Lang.KK, "заңы")).isEqualTo("заңы");
        assertThat(stem(Lang.KK, "ұйым")).isEqualTo("ұйым");
        assertThat(stem(Lang.KK, "шартты")).isEqualTo("шарт");
        assertThat(stem(Lang.UZ, "asosi")).isEqualTo("asos");
        assertThat(stem(Lang.UZ, "tomi")).isEqualTo("tomi");
    }

    @Test
    void uzbekLatinAndCyrillicEndingsMeetTheirWord() {
        meet(Lang.UZ, "Samarqand", "Samarqandda", "Samarqandga", "Samarqandning", "Samarqanddagi");
        meet(Lang.UZ, "Toshkent", "Toshkentda", "Toshkentdan", "Toshkentga", "Toshkentdagi");
        meet(Lang.UZ, "O'zbekiston", "O'zbekistonda", "O‘zbekistonning", "Oʻzbekistonga");
        meet(Lang.UZ, "Qozog'iston", "Qozog'istonning", "Qozog’istonda");
        meet(Lang.UZ, "hamkorlik", "hamkorligi", "hamkorliklari");
        meet(Lang.UZ, "qishloq", "qishlog'i");
        meet(Lang.UZ, "шериклик", "шерикликни", "шериклиги");
        meet(Lang.UZ, "Ўзбекистон", "Ўзбекистонда", "Ўзбекистоннинг");
    }

    @Test
    void russianAndEnglishFormsMeetThroughSnowball() {
        meet(Lang.RU, "Ташкент", "Ташкенте", "Ташкента");
        meet(Lang.RU, "Самарканд", "Самарканде", "Самаркандом");
        meet(Lang.RU, "Евразийское", "Евразийского", "Евразийским");
        meet(Lang.RU, "сообщество", "сообщества", "сообществе");
        apart(Lang.RU, "основной", "основание");
        meet(Lang.EN, "treaty", "treaties");
        meet(Lang.EN, "agreement", "agreements");
    }

    @Test
    void aWordIsStemmedOnlyInTheLanguagesOfItsAlphabet() {
        // Latin: English and Uzbek, never the Kazakh endings; Cyrillic with a Kazakh letter: Kazakh (and Uzbek).
        assertThat(new Stems(LANGUAGES).ofText("Samarkandta", null)).isEqualTo("samarkandta");
        assertThat(new Stems(LANGUAGES).ofText("Samarqandda", null).split("\\|")).contains("samarkand");
        assertThat(new Stems(LANGUAGES).ofText("Самарқандта", null).split("\\|")).contains("samarkand");
        // A text's language decides when the word is in its alphabet.
        assertThat(new Stems(LANGUAGES).ofText("Ташкентте", Lang.KK)).isEqualTo("tashkent");
        assertThat(new Stems(LANGUAGES).ofText("Ташкенте", Lang.RU)).isEqualTo("tashkent");
        assertThat(new Stems(LANGUAGES).ofText("ОДКБ", Lang.EN)).isEqualTo(new Stems(LANGUAGES).ofText("ОДКБ", null));
    }

    @Test
    void anEndingAfterAHyphenBelongsToTheWordBefore() {
        assertThat(new Stems(LANGUAGES).ofText("ШЫҰ-ға", Lang.KK)).isEqualTo("shiu");
        assertThat(new Stems(LANGUAGES).ofText("ТМД-дан", Lang.KK)).isEqualTo("tmd");
        assertThat(new Stems(LANGUAGES).ofText("Нур-Султан", Lang.KK)).isEqualTo("nur sultan");
        assertThat(folded(new Stems(LANGUAGES).ofQuery("ҰҚШҰ-дан шықты"))).containsExactly("ukshu", "shikti");
    }

    @Test
    void stopWordsAndMembershipWordsAreToldInEveryLanguage() {
        List<Stems.Word> ru = new Stems(LANGUAGES).ofQuery("Узбекистан вышел из ОДКБ");
        assertThat(ru).extracting(Stems.Word::stopword).containsExactly(false, false, true, false);
        assertThat(ru).extracting(Stems.Word::membershipChange).containsExactly(false, true, false, false);
        for (String query : List.of("Uzbekistan withdrew", "Uzbekistan's withdrawal", "вышла", "выхода", "приостановила",
                "шықты", "шығуы", "chiqdi", "чиқди")) {
            List<Stems.Word> words = new Stems(LANGUAGES).ofQuery(query);
            assertThat(words.get(words.size() - 1).membershipChange()).as(query).isTrue();
        }
        assertThat(new Stems(LANGUAGES).ofQuery("Uzbekistan").get(0).membershipChange()).isFalse();
        assertThat(new Stems(LANGUAGES).ofQuery("the").get(0).stopword()).isTrue();
        assertThat(new Stems(LANGUAGES).ofQuery("туралы").get(0).stopword()).isTrue();
        assertThat(new Stems(LANGUAGES).ofQuery("bilan").get(0).stopword()).isTrue();
    }

    @Test
    void everyLanguageHasItsFileAndTheWordsOfEachKey() {
        for (Lang lang : Lang.values()) {
            SearchLanguage l = LANGUAGES.get(lang);
            assertThat(l.lang()).isEqualTo(lang);
            assertThat(l.writes(Lang.Script.LATIN) || l.writes(Lang.Script.CYRILLIC)).as(lang.code()).isTrue();
        }
    }

    /** All forms have one stem in the language. */
    private static void meet(Lang lang, String... forms) {
        List<String> stems = new ArrayList<>();
        for (String f : forms) {
            stems.add(Fold.key(stem(lang, f)));
        }
        assertThat(stems).as(String.join(", ", forms) + " -> " + stems).containsOnly(stems.get(0));
    }

    private static void apart(Lang lang, String a, String b) {
        assertThat(stem(lang, a)).as(a + " / " + b).isNotEqualTo(stem(lang, b));
    }

    private static String stem(Lang lang, String word) {
        return LANGUAGES.get(lang).stem(SearchLanguage.lower(word));
    }

    private static List<String> folded(List<Stems.Word> words) {
        List<String> out = new ArrayList<>();
        for (Stems.Word w : words) {
            out.add(w.folded());
        }
        return out;
    }
}
