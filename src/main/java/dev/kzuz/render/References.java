package dev.kzuz.render;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Person;
import dev.kzuz.model.Source;
import dev.kzuz.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/** A plain, unstyled reference for a source (styled citations are the cite command's job). */
public final class References {
    private References() {
    }

    /** Marks a language's word in a reference skeleton: MARK, a letter for the word, its value, END. */
    private static final char MARK = '\uE000';
    private static final char END = '\uE001';
    private static final char SEP = '\uE002';

    /** The source's reference in {@code lang}, from the skeleton compiled with the bundle when it has it (no source made). */
    public static String plain(String id, KnowledgeBase kb, Lang lang) {
        String compiled = kb.compiledReference(id);
        return inLanguage(compiled != null ? compiled : skeleton(kb.get(id, Source.class).orElseThrow()), lang);
    }

    public static String plain(Source s, Lang lang) {
        return inLanguage(skeleton(s), lang);
    }

    /**
     * The reference with its few words ("No.", "pp.", "accessed") left as marks, so that one
     * compiled text serves every language: what the bundle stores.
     */
    public static String skeleton(Source s) {
        List<String> parts = new ArrayList<>();
        if (!s.authors().isEmpty()) {
            List<String> authors = new ArrayList<>();
            for (Person a : s.authors()) {
                authors.add(a.toString());
            }
            parts.add(Text.oneLine(String.join("; ", authors)));
        }
        if (s.originalTitle() != null) {
            parts.add(Text.oneLine(s.originalTitle()) + (s.titleEn() == null ? "" : mark('t', Text.oneLine(s.titleEn()))));
        } else {
            // Our description in every language it has; the reader's is picked when the reference is written.
            StringBuilder described = new StringBuilder();
            s.descriptiveTitle().asMap().forEach((lang, text) ->
                    described.append(described.length() == 0 ? "" : String.valueOf(SEP)).append(lang.code()).append('=').append(Text.oneLine(text)));
            parts.add(mark('d', described.toString()) + ".");
        }
        List<String> pub = new ArrayList<>();
        addIf(pub, s.issuedBy());
        addIf(pub, s.site());
        addIf(pub, s.database());
        addIf(pub, s.place());
        addIf(pub, s.publisher());
        if (s.date() != null) {
            pub.add(s.date().toString());
        } else if (s.year() != null) {
            pub.add(s.year().toString());
        }
        if (!pub.isEmpty()) {
            parts.add(Text.oneLine(String.join(", ", pub)));
        }
        if (s.number() != null) {
            parts.add(mark('n', Text.oneLine(s.number())));
        }
        if (s.pages() != null) {
            parts.add(mark('p', s.pages().toString()));
        }
        if (s.url() != null) {
            parts.add(Text.oneLine(s.url()) + (s.accessed() == null ? "" : " " + mark('a', s.accessed().toString())));
        }
        // Loops, not streams: this runs for every source under every list, at start-up.
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            text.append(text.length() == 0 ? "" : " ").append(endSentence(part));
        }
        return s.verdict() == Verdict.UNCONFIRMED ? text + " " + mark('u', "") : text.toString();
    }

    /** The description in {@code lang}, else in English, from "en=…␂kk=…". */
    private static String described(String pairs, Lang lang) {
        String english = "";
        for (String pair : pairs.split(String.valueOf(SEP))) {
            String code = pair.substring(0, pair.indexOf('='));
            String text = pair.substring(pair.indexOf('=') + 1);
            if (code.equals(lang.code())) {
                return text;
            }
            if (code.equals("en")) {
                english = text;
            }
        }
        return english;
    }

    /** An ISO date as GOST writes it: 25.11.2026, 11.2026, 2026. */
    private static String dayMonthYear(String iso) {
        String[] p = iso.split("-");
        StringBuilder out = new StringBuilder();
        for (int i = p.length - 1; i >= 0; i--) {
            out.append(p[i]).append(i > 0 ? "." : "");
        }
        return out.toString();
    }

    private static String mark(char word, String value) {
        return MARK + String.valueOf(word) + value + END;
    }

    /** A skeleton with its marks written as {@code lang} writes them: "No. 164-I", "№ 164-I", "(дата обращения: 25.11.2026)". */
    static String inLanguage(String skeleton, Lang lang) {
        int at = skeleton.indexOf(MARK);
        if (at < 0) {
            return skeleton;
        }
        Catalogue w = Catalogue.of(lang);
        StringBuilder out = new StringBuilder(skeleton.length() + 32);
        int from = 0;
        while (at >= 0) {
            int end = skeleton.indexOf(END, at);
            out.append(skeleton, from, at);
            String value = skeleton.substring(at + 2, end);
            out.append(switch (skeleton.charAt(at + 1)) {
                case 't' -> w.fill("ref.translation", "title", value);
                case 'n' -> w.fill("ref.number", "n", value);
                case 'p' -> w.fill("ref.pages", "n", value);
                case 'a' -> w.fill("ref.accessed", "iso", value, "dmy", dayMonthYear(value));
                case 'u' -> w.get("ref.unconfirmed");
                case 'd' -> "[" + described(value, lang) + "]";
                default -> throw new IllegalStateException("no such mark in a reference: " + skeleton.charAt(at + 1));
            });
            from = end + 1;
            at = skeleton.indexOf(MARK, from);
        }
        return out.append(skeleton, from, skeleton.length()).toString();
    }

    private static void addIf(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static String endSentence(String s) {
        String text = s.indexOf(END) == s.length() - 1 && s.charAt(s.indexOf(MARK) + 1) == 't' ? s.substring(0, s.indexOf(MARK)) : s;
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") || s.startsWith("http") ? s : s + ".";
    }
}
