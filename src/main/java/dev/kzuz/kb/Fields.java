package dev.kzuz.kb;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.Lang;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.PartialDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to one YAML mapping. Every wrong or missing value is reported as a
 * {@link KbProblem} at its location and read as null, so one pass collects every problem.
 */
final class Fields {
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("\\d{1,9}");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");
    private final YNode.YMap map;
    private final List<KbProblem> problems;
    private final Set<String> read = new HashSet<>();

    Fields(YNode.YMap map, List<KbProblem> problems) {
        this.map = map;
        this.problems = problems;
    }

    Location at() {
        return map.at();
    }

    Location at(String key) {
        return map.keys().getOrDefault(key, map.at());
    }

    void problem(Location at, String message) {
        problems.add(new KbProblem(at, message));
    }

    boolean has(String key) {
        YNode n = map.entries().get(key);
        return n != null && !(n instanceof YNode.YScalar s && s.text() == null);
    }

    private YNode node(String key, boolean required) {
        read.add(key);
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YNode.YScalar s && s.text() == null) {
            if (required) {
                problem(map.at(), "missing required field '" + key + "'");
            }
            return null;
        }
        return n;
    }

    String string(String key, boolean required) {
        YNode n = node(key, required);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.YScalar s) {
            String t = s.text().strip();
            if (t.isEmpty() && required) {
                problem(n.at(), "'" + key + "' is empty");
                return null;
            }
            return t.isEmpty() ? null : t;
        }
        problem(n.at(), "'" + key + "' must be a text, not " + n.shape());
        return null;
    }

    /** A text that must be one of {@code allowed}. */
    String oneOf(String key, boolean required, Set<String> allowed) {
        String v = string(key, required);
        if (v != null && !allowed.contains(v)) {
            problem(at(key), "'" + key + "' is '" + v + "'; expected one of " + String.join(", ", sortedCopy(allowed)));
            return null;
        }
        return v;
    }

    private static List<String> sortedCopy(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.sort(null);
        return l;
    }

    <T> T parsed(String key, boolean required, Function<String, T> parser) {
        String v = string(key, required);
        if (v == null) {
            return null;
        }
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException e) {
            problem(map.entries().get(key).at(), "'" + key + "': " + e.getMessage());
            return null;
        }
    }

    PartialDate date(String key, boolean required) {
        return parsed(key, required, PartialDate::parse);
    }

    DateRange dateRange(String key, boolean required) {
        return parsed(key, required, DateRange::parse);
    }

    Integer integer(String key) {
        return parsed(key, false, v -> {
            if (!WHOLE.matcher(v).matches()) {
                throw new IllegalArgumentException("'" + v + "' is not a whole number");
            }
            return Integer.valueOf(v);
        });
    }

    BigDecimal decimal(String key) {
        return parsed(key, false, v -> {
            if (!DECIMAL.matcher(v).matches()) {
                throw new IllegalArgumentException("'" + v + "' is not a plain decimal number (digits, optional '.' and decimals)");
            }
            return new BigDecimal(v);
        });
    }

    boolean bool(String key) {
        String v = string(key, false);
        if (v == null) {
            return false;
        }
        if (!v.equals("true") && !v.equals("false")) {
            problem(at(key), "'" + key + "' must be true or false, not '" + v + "'");
        }
        return v.equals("true");
    }

    List<String> strings(String key, boolean required) {
        List<String> out = new ArrayList<>();
        for (YNode item : items(key, required)) {
            if (item instanceof YNode.YScalar s && s.text() != null && !s.text().isBlank()) {
                out.add(s.text().strip());
            } else {
                problem(item.at(), "items of '" + key + "' must be texts, not " + item.shape());
            }
        }
        if (required && out.isEmpty() && has(key)) {
            problem(at(key), "'" + key + "' must not be empty");
        }
        return out;
    }

    List<YNode> items(String key, boolean required) {
        YNode n = node(key, required);
        if (n == null) {
            return List.of();
        }
        if (n instanceof YNode.YList l) {
            return l.items();
        }
        problem(n.at(), "'" + key + "' must be a list, not " + n.shape());
        return List.of();
    }

    YNode.YMap mapping(String key, boolean required) {
        YNode n = node(key, required);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.YMap m) {
            return m;
        }
        problem(n.at(), "'" + key + "' must be a mapping, not " + n.shape());
        return null;
    }

    /** A plain text (English, or a value in no language), or texts by language code with English. */
    LocalizedText prose(String key, boolean required) {
        YNode n = map.entries().get(key);
        if (n instanceof YNode.YMap) {
            read.add(key);
            return localized(key, n, true, problems);
        }
        String text = string(key, required);
        return text == null ? null : LocalizedText.en(text);
    }

    LocalizedText localized(String key, boolean required) {
        YNode n = node(key, required);
        return n == null ? null : localized(key, n, required, problems);
    }

    static LocalizedText localized(String key, YNode n, boolean requireEn, List<KbProblem> problems) {
        if (!(n instanceof YNode.YMap m)) {
            problems.add(new KbProblem(n.at(), "'" + key + "' must be a mapping of language codes (en, kk, ru, uz) to texts, not " + n.shape()));
            return null;
        }
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        m.entries().forEach((code, value) -> {
            Lang lang = Lang.ofCode(code);
            if (lang == null) {
                problems.add(new KbProblem(m.keys().get(code), "'" + key + "' has unknown language '" + code + "'; use en, kk, ru or uz"));
            } else if (value instanceof YNode.YScalar s && s.text() != null && !s.text().isBlank()) {
                texts.put(lang, s.text().strip());
            } else {
                problems.add(new KbProblem(value.at(), "'" + key + "." + code + "' must be a non-empty text"));
            }
        });
        if (requireEn && !texts.containsKey(Lang.EN)) {
            problems.add(new KbProblem(m.at(), "'" + key + "' needs an English ('en') text"));
        }
        return LocalizedText.of(texts);
    }

    /** Reports keys that no reader asked for: a typo must not pass silently. */
    void rejectUnknown() {
        map.keys().forEach((key, at) -> {
            if (!read.contains(key)) {
                problem(at, "unknown field '" + key + "'");
            }
        });
    }
}
