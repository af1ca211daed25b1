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
    static final String[][] CYRILLIC = {
        {"щ", "shch"}, {"ш", "sh"}, {"ч", "ch"}, {"ж", "zh"}, {"х", "kh"}, {"һ", "h"}, {"ҳ", "h"}, {"ц", "ts"},
        {"ю", "yu"}, {"я", "ya"}, {"ё", "yo"}, {"а", "a"}, {"ә", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"},
        {"ғ", "g"}, {"д", "d"}, {"е", "e"}, {"э", "e"}, {"з", "z"}, {"и", "i"}, {"й", "y"}, {"і", "i"},
        {"к", "k"}, {"қ", "q"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"ң", "n"}, {"о", "o"}, {"ө", "o"},
        {"ў", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ұ", "u"}, {"ү", "u"},
        {"ф", "f"}, {"ы", "y"}, {"ъ", ""}, {"ь", ""},
    };
    /** {@link #CYRILLIC} by letter, from U+0400: a query folds at start-up, where each lookup runs interpreted. */
    private static final String[] CYRILLIC_BY_LETTER = new String[0x100];

    static {
        for (String[] pair : CYRILLIC) {
            CYRILLIC_BY_LETTER[pair[0].charAt(0) - 0x400] = pair[1];
        }
    }

    /** Latin letters that stand for one sound, folded to one spelling; applied until stable. */
    static final String[][] LATIN = {
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
            if (s.charAt(i) < 0x80) {
                // No letter below 0x80 is transliterated: indexing folds every word of every record.
                b.append(s.charAt(i));
                continue;
            }
            char c = s.charAt(i);
            String t = c >= 0x400 && c < 0x500 ? CYRILLIC_BY_LETTER[c - 0x400] : null;
            if (t != null) {
                b.append(t);
            } else {
                b.append(c);
            }
        }
        // Written out, not as regular expressions: a search folds its query at start-up, where a
        // first pattern costs JDK 17 its lambda machinery (~5 ms). FoldProperties checks these
        // against the patterns they replace.
        s = withoutMarks(b);
        s = words(s);
        String before;
        do {
            before = s;
            for (String[] pair : LATIN) {
                s = s.replace(pair[0], pair[1]);
            }
            s = withoutDoubledLetters(s);
            // A glide between vowels is written in some spellings only: Tokayev, Токаев.
            s = withoutGlides(s);
        } while (!s.equals(before));
        return s;
    }

    /** Decomposed, with the combining marks dropped: ASCII has none (and the normaliser's tables load only when needed). */
    private static String withoutMarks(CharSequence text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return text.toString();
        }
        String d = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Letters and digits in words separated by single spaces: Uzbek o' and g' (any apostrophe)
     * are plain o and g; any other character separates words.
     */
    private static String words(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '’' || c == '‘' || c == 'ʻ' || c == 'ʼ' || c == '`') {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /** Each pair of a doubled letter as one, scanning left to right ("aaa" gives "aa"). */
    private static String withoutDoubledLetters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            b.append(c);
            i += c >= 'a' && c <= 'z' && i + 1 < s.length() && s.charAt(i + 1) == c ? 2 : 1;
        }
        return b.toString();
    }

    /** An 'i' between two vowels dropped, scanning left to right ("aiaia" gives "aaia"). */
    private static String withoutGlides(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (vowel(c) && i + 2 < s.length() && s.charAt(i + 1) == 'i' && vowel(s.charAt(i + 2))) {
                b.append(c).append(s.charAt(i + 2));
                i += 3;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
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
