package dev.kzuz.render;

import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Person;
import dev.kzuz.model.Source;
import dev.kzuz.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/** A plain, unstyled reference for a source (styled citations are the cite command's job). */
public final class References {
    private References() {
    }

    /** The source's reference as compiled with the bundle when it has it (no source made), else made now. */
    public static String plain(String id, KnowledgeBase kb) {
        String compiled = kb.compiledReference(id);
        return compiled != null ? compiled : plain(kb.get(id, Source.class).orElseThrow());
    }

    public static String plain(Source s) {
        List<String> parts = new ArrayList<>();
        if (!s.authors().isEmpty()) {
            List<String> authors = new ArrayList<>();
            for (Person a : s.authors()) {
                authors.add(a.toString());
            }
            parts.add(String.join("; ", authors));
        }
        parts.add(s.titleEn() == null ? s.originalTitle() : s.originalTitle() + " [" + s.titleEn() + "]");
        List<String> pub = new ArrayList<>();
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
            parts.add(String.join(", ", pub));
        }
        if (s.number() != null) {
            parts.add("No. " + s.number());
        }
        if (s.pages() != null) {
            parts.add(s.pages() + " pp.");
        }
        if (s.url() != null) {
            parts.add(s.url() + (s.accessed() == null ? "" : " (accessed " + s.accessed() + ")"));
        }
        // Loops, not streams: this runs for every source under every list, at start-up.
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            text.append(text.length() == 0 ? "" : " ").append(endSentence(Text.oneLine(part)));
        }
        return s.verdict() == Verdict.UNCONFIRMED ? text + " (details unconfirmed beyond the essay)" : text.toString();
    }

    private static void addIf(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static String endSentence(String s) {
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") || s.startsWith("http") ? s : s + ".";
    }
}
