package dev.kzuz.check;

/**
 * Uzbek Latin's two apostrophe letters, however a draft types them: the ʻ of oʻ and gʻ (kzuz's
 * words write U+2018 ‘) and the tutuq belgisi (U+2019 ’). Writers type ' ` ʻ ʼ ‘ ’ for either;
 * each becomes kzuz's own, one character for one, so offsets into the draft stay as they were.
 */
final class Apostrophes {
    private Apostrophes() {
    }

    /** The text with each apostrophe inside a word typed as kzuz's word lists type it. */
    static String asUzbek(String text) {
        char[] out = null;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (!isApostrophe(c) || !Character.isLetter(text.charAt(i + 1)) || !Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            char before = text.charAt(i - 1);
            char typed = before == 'o' || before == 'O' || before == 'g' || before == 'G' ? '‘' : '’';
            if (typed != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = typed;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Whether a character is one a writer may type for Uzbek's apostrophe letters. */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '`' || c == '‘' || c == '’' || c == 'ʻ' || c == 'ʼ';
    }
}
