package dev.kzuz.cli;

import dev.kzuz.model.Lang;
import java.util.List;
import java.util.Locale;

/** The language commands show and what chose it, as the shell's 'set lang' tells it: "kk (KZUZ_LANG)". */
public record LangSetting(Lang lang, String source) {
    /** Nothing chose a language. */
    public static final LangSetting DEFAULT = new LangSetting(Lang.EN, "default");

    /** What the shell's 'set lang kk' gives. */
    public static final String SET_IN_SESSION = "set in this session";

    /** "kk (KZUZ_LANG)". */
    public String describe() {
        return lang.code() + " (" + source + ")";
    }

    /** The languages kzuz shows, in the order help lists them. */
    public static List<Lang> shownLangs() {
        return Converters.SHOWN_LANGS;
    }

    /** The language {@code code} names if kzuz shows it (en, kk, ru; any case, spaces around ignored), else null. */
    public static Lang shown(String code) {
        Lang lang = Lang.ofCode(code.strip().toLowerCase(Locale.ROOT));
        return lang != null && Converters.SHOWN_LANGS.contains(lang) ? lang : null;
    }

    /** Why {@code code} is refused: "'xx' is not en, kk or ru". */
    public static String notShown(String code) {
        StringBuilder languages = new StringBuilder();
        int n = Converters.SHOWN_LANGS.size();
        for (int i = 0; i < n; i++) {
            languages.append(i == 0 ? "" : i == n - 1 ? " or " : ", ").append(Converters.SHOWN_LANGS.get(i).code());
        }
        return "'" + code + "' is not " + languages;
    }
}
