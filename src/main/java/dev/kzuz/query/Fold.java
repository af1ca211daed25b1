package dev.kzuz.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds any spelling of a name to one search key: case, diacritics and script are dropped
 * (Russian and Kazakh Cyrillic are transliterated; the Kazakh 2021 and Uzbek Latin
 * alphabets and common English spellings reduce to the same letters), so Ташкент, Tashkent
 * and Тошкент differ by at most a vowel, and Жамбыл, Zhambyl, Jambyl and Djambul by one.
 * Folding is idempotent: the rules run until nothing changes.
 */
public final class Fold {
    private static final String[][] CYRILLIC = {
        {"щ", "shch"}, {"ш", "sh"}, {"ч", "ch"}, {"ж", "zh"}, {"х", "kh"}, {"һ", "h"}, {"ҳ", "h"}, {"ц", "ts"},
        {"ю", "yu"}, {"я", "ya"}, {"ё", "yo"}, {"а", "a"}, {"ә", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"},
        {"ғ", "g"}, {"д", "d"}, {"е", "e"}, {"э", "e"}, {"з", "z"}, {"и", "i"}, {"й", "y"}, {"і", "i"},
        {"к", "k"}, {"қ", "q"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"ң", "n"}, {"о", "o"}, {"ө", "o"},
        {"ў", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ұ", "u"}, {"ү", "u"},
        {"ф", "f"}, {"ы", "y"}, {"ъ", ""}, {"ь", ""},
    };
    /** Latin letters that stand for one sound, folded to one spelling; applied until stable. */
    private static final String[][] LATIN = {
        {"shch", "sh"}, {"dzh", "j"}, {"dj", "j"}, {"zh", "j"}, {"kh", "h"}, {"x", "h"}, {"ts", "c"},
        {"q", "k"}, {"y", "i"}, {"z", "s"}, {"w", "v"}, {"ph", "f"},
    };

    private Fold() {
    }

    /** The search key of a text: lowercase Latin letters, digits and single spaces. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT);
        // Letters that do not decompose into a base letter and a mark.
        s = s.replace("ş", "sh").replace("ç", "ch").replace("ğ", "g").replace("ı", "i").replace("ñ", "n");
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            String t = null;
            for (String[] pair : CYRILLIC) {
                if (pair[0].equals(c)) {
                    t = pair[1];
                    break;
                }
            }
            b.append(t != null ? t : c);
        }
        s = Normalizer.normalize(b, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // Uzbek o' and g' (any apostrophe) are plain o and g; other punctuation separates words.
        s = s.replaceAll("['’‘ʻʼ`]", "").replaceAll("[^a-z0-9]+", " ").strip();
        String before;
        do {
            before = s;
            for (String[] pair : LATIN) {
                s = s.replace(pair[0], pair[1]);
            }
            s = s.replaceAll("([a-z])\\1", "$1");
            // A glide between vowels is written in some spellings only: Tokayev, Токаев.
            s = s.replaceAll("([aeiou])i([aeiou])", "$1$2");
        } while (!s.equals(before));
        return s;
    }

    /** The folded words of a text. */
    public static List<String> tokens(String text) {
        String k = key(text);
        List<String> out = new ArrayList<>();
        for (String t : k.split(" ")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
