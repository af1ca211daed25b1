package dev.kzuz.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every language kzuz writes has every word: no key is missing, none falls back to English. */
class CatalogueTest {
    /** Latin words a Kazakh or Russian text may hold: the ID label and the [en] mark of a fallback. */
    private static final Set<String> LATIN_ALLOWED = Set.of("ID", "en");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");

    @Test
    void everyLanguageHasEveryKey() {
        Set<String> en = new TreeSet<>(Catalogue.of(Lang.EN).keys());
        for (Lang lang : Catalogue.LANGUAGES) {
            Set<String> keys = new TreeSet<>(Catalogue.of(lang).keys());
            Set<String> missing = new TreeSet<>(en);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(en);
            assertThat(missing).as(lang + " lacks").isEmpty();
            assertThat(extra).as(lang + " has keys English lacks").isEmpty();
        }
    }

    @Test
    void kazakhAndRussianWordsHaveNoEnglishInThem() {
        List<String> leaks = new ArrayList<>();
        for (Lang lang : List.of(Lang.KK, Lang.RU)) {
            Catalogue words = Catalogue.of(lang);
            for (String key : new TreeSet<>(words.keys())) {
                if (key.startsWith("csl.") || key.equals("fields.named")) {
                    continue;  // codes (for the citation processor, of fields), not words
                }
                // Template slots ({d}, {m.loc}) are names, not words.
                Matcher m = LATIN_WORD.matcher(words.get(key).replaceAll("\\{[^}]*}", ""));
                while (m.find()) {
                    if (!LATIN_ALLOWED.contains(m.group())) {
                        leaks.add(lang.code() + " " + key + ": " + m.group());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** Words Uzbek writes as English does. */
    private static final Set<String> SAME_IN_UZBEK = Set.of("Belarus", "Moldova", "bank", "forum", "memorandum");

    /**
     * Uzbek is written in Latin letters, so an English word in it is no other alphabet: no Uzbek
     * text is the English text of its key (beyond codes and names), none holds a Cyrillic letter,
     * and o‘ g‘ are typed with U+2018, the tutuq belgisi with U+2019.
     */
    @Test
    void uzbekWordsAreUzbekInTheirOwnAlphabet() {
        List<String> leaks = new ArrayList<>();
        Catalogue uz = Catalogue.of(Lang.UZ);
        Catalogue en = Catalogue.of(Lang.EN);
        for (String key : new TreeSet<>(uz.keys())) {
            String text = uz.get(key).replaceAll("\\{[^}]*}", "");
            if (key.startsWith("csl.") || key.equals("fields.named")) {
                continue;
            }
            if (text.matches("(?s).*\\p{IsCyrillic}.*")) {
                leaks.add(key + ": Cyrillic");
            }
            if (text.matches("(?s).*[oOgG]['`\u02BB\u02BC\u2019].*") || text.matches("(?s).*\\p{L}['`\u02BB\u02BC]\\p{L}.*")) {
                leaks.add(key + ": apostrophe not U+2018/U+2019");
            }
            String english = en.get(key).replaceAll("\\{[^}]*}", "");
            if (text.length() > 3 && text.equals(english) && text.matches(".*\\p{IsLatin}{4,}.*") && !LATIN_ALLOWED.contains(text)
                    && !SAME_IN_UZBEK.contains(text)) {
                leaks.add(key + ": the English text '" + text + "'");
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void everyKindStatusAndVerdictHasAWord() {
        Set<String> needed = new TreeSet<>();
        for (Set<String> kinds : List.of(KindWords.TREATY, KindWords.EVENT, KindWords.INSTITUTION, KindWords.TRADE, KindWords.SOURCE)) {
            kinds.forEach(k -> needed.add("kind." + k));
        }
        for (Verdict v : Verdict.values()) {
            needed.add(v.code());
        }
        for (MembershipStatus s : MembershipStatus.values()) {
            needed.add(s.code());
        }
        for (ClaimStatus s : ClaimStatus.values()) {
            needed.add(s.code());
        }
        for (Lang lang : Catalogue.LANGUAGES) {
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(Catalogue.of(lang).keys());
            assertThat(missing).as(lang.code()).isEmpty();
        }
    }

    @Test
    void templatesFillTheirSlotsAndRefuseAMissingOne() {
        assertThat(Catalogue.fillIn("{a} – {b}", "a", "1", "b", "2")).isEqualTo("1 – 2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalogue.fillIn("{a} {c}", "a", "1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{c}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalogue.of(Lang.KK).get("no.such.key"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no.such.key");
    }
}
