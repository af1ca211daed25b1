package dev.kzuz.cli;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
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
                if (r instanceof DatedRecord d) {
                    codes.addAll(d.parties());
                } else if (r instanceof Institution i) {
                    i.members().forEach(m -> codes.add(m.country()));
                }
            }
            return List.copyOf(codes);
        }
    }

    static final class Formats extends Lazy {
        @Override
        List<String> values() {
            return List.of("table", "md", "json", "csv");
        }
    }

    static final class TradeFormats extends Lazy {
        @Override
        List<String> values() {
            return List.of("table", "md", "json", "csv", "svg");
        }
    }

    static final class CheckFormats extends Lazy {
        @Override
        List<String> values() {
            return List.of("text", "json");
        }
    }

    static final class BibFormats extends Lazy {
        @Override
        List<String> values() {
            return List.of("md", "bibtex", "csl-json", "csl-yaml", "ris");
        }
    }

    static final class Langs extends Lazy {
        @Override
        List<String> values() {
            return List.of("en", "kk", "ru");
        }
    }

    static final class Styles extends Lazy {
        @Override
        List<String> values() {
            return List.of("gost", "apa", "chicago");
        }
    }

    static final class Types extends Lazy {
        @Override
        List<String> values() {
            return List.of("treaty", "event", "institution", "trade", "source", "claim");
        }
    }

    static final class TimelineTypes extends Lazy {
        @Override
        List<String> values() {
            return List.of("treaty", "event", "institution");
        }
    }

    static final class Verdicts extends Lazy {
        @Override
        List<String> values() {
            return List.of("confirmed", "conflict", "unconfirmed");
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
            TreeSet<String> kinds = new TreeSet<>(dev.kzuz.kb.Vocabulary.TREATY_KINDS);
            kinds.addAll(dev.kzuz.kb.Vocabulary.EVENT_KINDS);
            return List.copyOf(kinds);
        }
    }
}
