package dev.kzuz.model;

import java.util.Locale;

/** A language of titles and labels: English, Kazakh, Russian, Uzbek, and the script it is written in. */
public enum Lang {
    EN(Script.LATIN), KK(Script.CYRILLIC), RU(Script.CYRILLIC), UZ(Script.LATIN);

    /** The alphabets the languages are written in (Uzbek's official one is Latin; Kazakh's current standard, Cyrillic). */
    public enum Script {
        LATIN, CYRILLIC
    }

    private final Script script;

    Lang(Script script) {
        this.script = script;
    }

    public Script script() {
        return script;
    }

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
