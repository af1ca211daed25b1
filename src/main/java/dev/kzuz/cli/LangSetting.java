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
     * The languages kzuz writes in, in the order help lists them. Here, not in Converters, whose
     * loading (the country list) a run without --lang need not pay for.
     */
    public static final List<Lang> SHOWN = Catalogue.LANGUAGES;

    /**
     * The language {@code code} names if kzuz shows it (en, kk, ru, uz; any case, spaces around
     * ignored), else null. Uzbek may name its script, uz-Latn or uz-Cyrl (a draft or a query may be
     * in either): kzuz reads both and writes the official Latin.
     */
    public static Lang shown(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (c.equals("uz-latn") || c.equals("uz-cyrl")) {
            c = "uz";
        }
        Lang lang = Lang.ofCode(c);
        return lang != null && SHOWN.contains(lang) ? lang : null;
    }

    /** Why {@code code} is refused: "'xx' is not en, kk, ru or uz". */
    public static String notShown(String code) {
        StringBuilder languages = new StringBuilder();
        int n = SHOWN.size();
        for (int i = 0; i < n; i++) {
            languages.append(i == 0 ? "" : i == n - 1 ? " or " : ", ").append(SHOWN.get(i).code());
        }
        return "'" + code + "' is not " + languages;
    }
}
