package dev.kzuz.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.query.Fold;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a draft's word is a name's word with another ending, in Kazakh, Russian and English, as
 * both are folded (Fold.key) before they are compared.
 */
class LexiconTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // Kazakh: case endings and possessives on a stem
        "шартқа, шарт", "шартына, шарт", "достығы, достық", "келісімге, келісім", "ынтымақтастығы, ынтымақтастық",
        "Жамбылда, Жамбыл", "Ташкентте, Ташкент", "Жамбылдық, Жамбыл",
        // a name word may end two letters later than the draft's word ("Декларациясы" named in the draft as "Декларация")
        "Декларация, Декларациясы",
        // Russian: declension
        "дружбе, дружба", "договора, договор", "Соглашением, Соглашение", "сотрудничества, сотрудничество",
        "Казахстаном, Казахстан",
        // English: plural and derived forms
        "treaties, treaty", "signed, sign", "Declarations, Declaration", "cooperation, cooperation",
    })
    void anInflectedFormIsTheNamesWord(String draftWord, String nameWord) {
        assertThat(Lexicon.sameWord(Fold.key(draftWord), Fold.key(nameWord))).isTrue();
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({
        // A short word takes endings only: a longer word that merely begins like it is another word.
        "шарықтау, шарт", "sig, sign",
        // Only the start of a longer name word is not it.
        "Орталық, Орталыққазбат", "Treaty, Treasury", "Договор, Декларация", "Council, Cooperation",
    })
    void aDifferentWordIsNot(String draftWord, String nameWord) {
        assertThat(Lexicon.sameWord(Fold.key(draftWord), Fold.key(nameWord))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Мәңгілік достық туралы шартқа қол қойылды | мәңгілік достық шарт | 0",
        "Договора о вечной дружбе                  | договор вечной дружба | 0",
        "signed the treaties of eternal friendship | eternal friendship treaty | 11",
        "Договор о дружбе                          | вечной дружба | -1",
    })
    void aPhraseIsFoundWhereItsFirstWordStandsWhenAllItsWordsDo(String sentence, String phrase, int at) {
        Lexicon lexicon = new Lexicon();
        Lexicon.Phrase p = lexicon.add(Fold.tokens(phrase));
        List<Lexicon.Word> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(sentence);
        while (m.find()) {
            for (String t : Fold.tokens(m.group())) {
                words.add(new Lexicon.Word(t, m.start()));
            }
        }
        assertThat(lexicon.read(words).find(p)).isEqualTo(at);
    }
}
