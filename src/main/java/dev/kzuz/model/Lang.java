package dev.kzuz.model;

import java.util.Locale;

/** A language of titles and labels: English, Kazakh, Russian, Uzbek. */
public enum Lang {
    EN, KK, RU, UZ;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a code such as {@code kk}, or null when the code is not one of ours. */
    public static Lang ofCode(String code) {
        for (Lang lang : values()) {
            if (lang.code().equals(code)) {
                return lang;
            }
        }
        return null;
    }
}
