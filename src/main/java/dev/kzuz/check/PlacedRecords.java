package dev.kzuz.check;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.Place;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The treaties and events dated to the day that have a place, with the names of that place: a
 * sentence giving such a day and naming the place ("15 December 1995 … in Zhambyl") is about
 * that record, whatever its words call it.
 */
final class PlacedRecords {
    /** A record dated to the day, with a place, and the folded names of that place. */
    private record Placed(DatedRecord record, List<Lexicon.Phrase> placeNames) {
    }

    private static final RecordType[] DATED = {RecordType.TREATY, RecordType.EVENT};

    private final KnowledgeBase kb;
    private final List<Placed> placed = new ArrayList<>();

    /** Adds the places' names to {@code lexicon}. */
    PlacedRecords(KnowledgeBase kb, Lexicon lexicon) {
        this.kb = kb;
        for (RecordType t : DATED) {
            for (DatedRecord r : kb.ofType(t, DatedRecord.class)) {
                if (r.place() != null && r.date().start().precision() == PartialDate.Precision.DAY) {
                    placed.add(new Placed(r, placeNames(r.place(), lexicon)));
                }
            }
        }
    }

    /** The first record on a day the date overlaps, at a place the sentence names; or null. */
    DatedRecord at(DateRange date, Lexicon.Reading words) {
        for (Placed p : placed) {
            if (NamedDates.overlaps(date, p.record().date()) && namesAny(words, p.placeNames())) {
                return p.record();
            }
        }
        return null;
    }

    private static boolean namesAny(Lexicon.Reading words, List<Lexicon.Phrase> names) {
        for (Lexicon.Phrase n : names) {
            if (words.find(n) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A place's names, earlier names and aliases, folded; none when the id names no place. */
    private List<Lexicon.Phrase> placeNames(String placeId, Lexicon lexicon) {
        Optional<Place> place = kb.get(placeId, Place.class);
        if (place.isEmpty()) {
            return List.of();
        }
        List<Lexicon.Phrase> out = new ArrayList<>();
        // Every name it bore, too: a draft may call the place by the name of the record's day or of today.
        for (String name : place.get().spellings()) {
            List<String> tokens = Fold.tokens(name);
            if (!tokens.isEmpty()) {
                out.add(lexicon.add(tokens));
            }
        }
        return out;
    }
}
