package dev.kzuz.cli;

import dev.kzuz.model.Catalogue;
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

    /**
     * The languages kzuz writes in, in the order help lists them (Uzbek texts are data, searched
     * but not shown). Here, not in Converters, whose loading (the country list) a run without
     * --lang need not pay for.
     */
    public static final List<Lang> SHOWN = Catalogue.LANGUAGES;

    /** The language {@code code} names if kzuz shows it (en, kk, ru; any case, spaces around ignored), else null. */
    public static Lang shown(String code) {
        Lang lang = Lang.ofCode(code.strip().toLowerCase(Locale.ROOT));
        return lang != null && SHOWN.contains(lang) ? lang : null;
    }

    /** Why {@code code} is refused: "'xx' is not en, kk or ru". */
    public static String notShown(String code) {
        StringBuilder languages = new StringBuilder();
        int n = SHOWN.size();
        for (int i = 0; i < n; i++) {
            languages.append(i == 0 ? "" : i == n - 1 ? " or " : ", ").append(SHOWN.get(i).code());
        }
        return "'" + code + "' is not " + languages;
    }
}
