package dev.kzuz.cli;

import dev.kzuz.cite.Style;
import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.Vocabulary;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Verdict;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Completion candidates for options and arguments: fixed word lists, and the ids of the bundled
 * knowledge base, read only when a completion script or the shell asks for them.
 */
final class Candidates {
    private Candidates() {
    }

    /** The bundled knowledge base, loaded on first use (never at start-up). */
    private static final class Bundled {
        static final KnowledgeBase KB = KbLoader.load(List.of(KbSource.bundled())).kb();
    }

    private static List<String> ids(RecordType... types) {
        List<String> out = new ArrayList<>();
        for (RecordType t : types) {
            Bundled.KB.ofType(t).forEach(r -> out.add(r.id()));
        }
        out.sort(null);
        return out;
    }

    abstract static class Lazy implements Iterable<String> {
        abstract List<String> values();

        @Override
        public Iterator<String> iterator() {
            return values().iterator();
        }
    }

    static final class TreatyIds extends Lazy {
        @Override
        List<String> values() {
            return ids(RecordType.TREATY);
        }
    }

    static final class EventIds extends Lazy {
        @Override
        List<String> values() {
            return ids(RecordType.EVENT);
        }
    }

    static final class InstitutionIds extends Lazy {
        @Override
        List<String> values() {
            return ids(RecordType.INSTITUTION);
        }
    }

    static final class CitableIds extends Lazy {
        @Override
        List<String> values() {
            return ids(RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION, RecordType.TRADE, RecordType.CLAIM);
        }
    }

    static final class AnyIds extends Lazy {
        @Override
        List<String> values() {
            return ids(RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION, RecordType.TRADE, RecordType.CLAIM,
                    RecordType.SOURCE);
        }
    }

    /** Every country code a record names, as a party or a member. */
    static final class Parties extends Lazy {
        @Override
        List<String> values() {
            TreeSet<String> codes = new TreeSet<>();
            for (KbRecord r : Bundled.KB.all()) {
                codes.addAll(r.parties());
            }
            return List.copyOf(codes);
        }
    }

    static final class Langs extends Lazy {
        @Override
        List<String> values() {
            return LangSetting.SHOWN.stream().map(Lang::code).toList();
        }
    }

    static final class Styles extends Lazy {
        @Override
        List<String> values() {
            return Converters.words(Style.values());
        }
    }

    static final class Types extends Lazy {
        @Override
        List<String> values() {
            return Converters.SEARCH_TYPES.stream().map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList();
        }
    }

    static final class TimelineTypes extends Lazy {
        @Override
        List<String> values() {
            return Converters.TIMELINE_TYPES.stream().map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList();
        }
    }

    static final class Verdicts extends Lazy {
        @Override
        List<String> values() {
            return java.util.Arrays.stream(Verdict.values()).map(Verdict::code).toList();
        }
    }

    static final class Reporters extends Lazy {
        @Override
        List<String> values() {
            return List.of("kz", "uz", "all");
        }
    }

    static final class Kinds extends Lazy {
        @Override
        List<String> values() {
            TreeSet<String> kinds = new TreeSet<>(Vocabulary.TREATY_KINDS);
            kinds.addAll(Vocabulary.EVENT_KINDS);
            return List.copyOf(kinds);
        }
    }
}
