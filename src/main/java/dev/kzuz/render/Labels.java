package dev.kzuz.render;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;

/** Field and value labels, kinds and country names in the reader's language, from its {@link Catalogue}. */
public final class Labels {
    private Labels() {
    }

    /** The label for {@code key} in {@code lang}; a key the catalogue lacks is a bug. */
    public static String get(String key, Lang lang) {
        return Catalogue.of(lang).get(key);
    }

    /** A field named by the data (a claim's field): its label, or the name as written when kzuz has no label for it. */
    public static String field(String name, Lang lang) {
        Catalogue w = Catalogue.of(lang);
        return w.has(name) ? w.get(name) : name;
    }

    /** A kind of record (treaty, visit, bank…) in the language asked; a code kzuz does not know as it is. */
    public static String kind(String code, Lang lang) {
        if (code == null) {
            return "";
        }
        Catalogue w = Catalogue.of(lang);
        return w.has("kind." + code) ? w.get("kind." + code) : code;
    }

    /** A country's name for an ISO code; a code kzuz has no name for as it is. */
    public static String country(String code, Lang lang) {
        return Catalogue.of(lang).country(code);
    }
}
