package dev.kzuz.cli;

import dev.kzuz.cite.Style;
import dev.kzuz.model.Lang;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Verdict;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters with messages a user can act on. */
final class Converters {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Converters() {
    }

    /** The record types 'search --type' and 'timeline --type' take. */
    static final java.util.List<RecordType> SEARCH_TYPES = java.util.List.of(RecordType.TREATY, RecordType.EVENT,
            RecordType.INSTITUTION, RecordType.TRADE, RecordType.SOURCE, RecordType.CLAIM);
    static final java.util.List<RecordType> TIMELINE_TYPES = SEARCH_TYPES.subList(0, 3);

    /** The words of an enum as options take them ({@code toString}). */
    static java.util.List<String> words(Object[] values) {
        return java.util.Arrays.stream(values).map(String::valueOf).toList();
    }

    /** The constant whose word ({@code toString}) is {@code value}, in any case. */
    static <E> E byWord(E[] values, String value, String what) {
        for (E e : values) {
            if (e.toString().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        throw new TypeConversionException("'" + value + "' is not " + what + ": " + either(words(values)));
    }

    /** "a, b or c", for messages that list what an option takes. */
    static String either(java.util.List<String> words) {
        int last = words.size() - 1;
        return last <= 0 ? String.join("", words) : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    /** A whole number, said in words a user reads (picocli's own message says 'not an int'). */
    static final class CountConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
        }
    }

    /** A file or folder name. */
    static final class PathConverter implements ITypeConverter<java.nio.file.Path> {
        @Override
        public java.nio.file.Path convert(String value) {
            try {
                return java.nio.file.Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new TypeConversionException("'" + value + "' is not a file name (" + e.getReason() + ")");
            }
        }
    }

    /** A year, or a month or day: 1994, 1994-07, 1994-07-08. */
    static final class DateConverter implements ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            try {
                return PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                // A well-formed but impossible date (1998-02-30) deserves a different word than 'abc'.
                throw new TypeConversionException(dateShaped(value)
                        ? "'" + value + "' is not a date that exists"
                        : "'" + value + "' is not a year (YYYY, or YYYY-MM, YYYY-MM-DD)");
            }
        }
    }

    /**
     * YYYY, YYYY-M(M) or YYYY-M(M)-D(D) in digits, whether or not such a day exists. By hand: a
     * bad date is among what the list archive is trained on, and a pattern would put the JDK's
     * regex and lambda classes into that archive (the other messages' streams run only on errors
     * no archive is trained on).
     */
    static boolean dateShaped(String value) {
        String[] parts = value.split("-", -1);
        if (parts.length > 3) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            boolean size = k == 0 ? p.length() == 4 : p.length() >= 1 && p.length() <= 2;
            if (!size) {
                return false;
            }
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                    return false;
                }
            }
        }
        return true;
    }

    /** An ISO 3166-1 alpha-2 code in any case. */
    static final class CountryConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String code = value.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                throw new TypeConversionException("'" + value + "' is not an ISO 3166-1 alpha-2 country code (KZ, UZ, KG, TJ, TM, RU, CN…)");
            }
            return code;
        }
    }

    static final class StyleConverter implements ITypeConverter<Style> {
        @Override
        public Style convert(String value) {
            return byWord(Style.values(), value, "a citation style");
        }
    }

    /** A record type by its noun: treaty, event, institution, trade, source, claim. */
    static class TypeConverter implements ITypeConverter<RecordType> {
        private final java.util.List<RecordType> allowed;

        TypeConverter() {
            this(SEARCH_TYPES);
        }

        TypeConverter(java.util.List<RecordType> allowed) {
            this.allowed = allowed;
        }

        @Override
        public RecordType convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            for (RecordType t : allowed) {
                if (t.name().toLowerCase(Locale.ROOT).equals(v) || t.folder().equals(v)) {
                    return t;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a type: "
                    + String.join(", ", allowed.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    static final class TimelineTypeConverter extends TypeConverter {
        TimelineTypeConverter() {
            super(TIMELINE_TYPES);
        }
    }

    static final class VerdictConverter implements ITypeConverter<Verdict> {
        @Override
        public Verdict convert(String value) {
            for (Verdict v : Verdict.values()) {
                if (v.code().equalsIgnoreCase(value.strip())) {
                    return v;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a verdict: " + either(java.util.Arrays.stream(Verdict.values()).map(Verdict::code).toList()));
        }
    }

    static final class LangConverter implements ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            Lang lang = LangSetting.shown(value);
            if (lang == null) {
                throw new TypeConversionException("'" + value + "' is not a language kzuz shows: "
                        + String.join(", ", LangSetting.SHOWN.stream().map(Lang::code).toList()));
            }
            return lang;
        }
    }
}
