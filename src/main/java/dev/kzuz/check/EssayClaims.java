package dev.kzuz.check;

import dev.kzuz.model.Lang;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Catalogue;
import dev.kzuz.check.Checker.ClaimKind;
import dev.kzuz.check.Checker.Finding;
import dev.kzuz.check.Checker.Kind;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.Fold;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a sentence that repeats a recorded claim of an essay: every word of one of the claim's
 * word groups ({@code match} in kb/claims/) stands in the sentence, by its stem, in any order.
 * The finding carries the claim's verdict.
 */
final class EssayClaims {
    /** An essay claim and its word groups, folded. */
    private record ClaimWords(EssayClaim claim, List<Lexicon.Phrase> groups) {
    }

    private final KnowledgeBase kb;
    private final List<ClaimWords> claims = new ArrayList<>();
    /** By lexicon word: the claims (their index in {@link #claims}) whose word groups use it. */
    private final Map<Integer, BitSet> claimsUsing = new HashMap<>();

    /** Adds the claims' word groups to {@code lexicon}. */
    private final Lang lang;

    EssayClaims(KnowledgeBase kb, Lexicon lexicon, Lang lang) {
        this.lang = lang;
        this.kb = kb;
        for (EssayClaim c : kb.ofType(RecordType.CLAIM, EssayClaim.class)) {
            List<Lexicon.Phrase> groups = new ArrayList<>();
            for (String group : c.match()) {
                groups.add(lexicon.add(Fold.tokens(group)));
            }
            Lexicon.using(claimsUsing, claims.size(), groups);
            claims.add(new ClaimWords(c, groups));
        }
    }

    /** One finding for each claim the sentence repeats, in the knowledge base's order. */
    List<Finding> find(DraftSentence s) {
        List<Finding> out = new ArrayList<>();
        BitSet named = Lexicon.candidates(claimsUsing, s.words());
        for (int k = named.nextSetBit(0); k >= 0; k = named.nextSetBit(k + 1)) {
            EssayClaim c = claims.get(k).claim();
            for (Lexicon.Phrase group : claims.get(k).groups()) {
                int pos = s.words().find(group);
                if (pos >= 0 && !group.isEmpty()) {
                    out.add(s.finding(kind(c), ClaimKind.ESSAY, pos, Evidence.excerpt(s.text()), records(c), c.code() == null ? c.id() : c.code(),
                            says(c), sources(c)));
                    break;
                }
            }
        }
        return out;
    }

    /** The records a claim found in a sentence speaks for. */
    List<String> recordsOf(Finding f) {
        return kb.get(f.record(), EssayClaim.class).orElseThrow().records();
    }

    /** The claim, then the records that hold what is known of it. */
    private static List<String> records(EssayClaim c) {
        List<String> out = new ArrayList<>();
        out.add(c.id());
        out.addAll(c.records());
        return out;
    }

    private static Kind kind(EssayClaim c) {
        return switch (c.verdict()) {
            case CONFLICT -> Kind.KNOWN_ERROR;
            case UNCONFIRMED -> Kind.UNCONFIRMED;
            case CONFIRMED -> Kind.CONFIRMED;
        };
    }

    /** "E11 contradicted. <note> See <records>.", in the reader's language (the note is ours, in English, marked). */
    private String says(EssayClaim c) {
        Catalogue w = Catalogue.of(lang);
        String verdict = w.get("check.claim." + c.verdict().code());
        LocalizedText.Resolved n = c.note().resolve(lang);
        String note = c.note().isEmpty() ? "" : " " + (n.fallback() ? w.fill("fallback", "text", n.text(), "lang", n.lang().code()) : n.text());
        return w.fill("check.claim", "code", c.code() == null ? "" : c.code() + " ", "verdict", verdict, "note", note,
                "see", c.records().isEmpty() ? "" : w.fill("check.claim.see", "records", String.join(", ", c.records())));
    }

    /** The preferred sources of the records that hold the claim, each once. */
    private List<String> sources(EssayClaim c) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : c.records()) {
            KbRecord r = kb.get(id).orElse(null);
            if (r != null) {
                out.addAll(Evidence.preferredSources(r, kb));
            }
        }
        return kb.ranked(out);
    }
}
