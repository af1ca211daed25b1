package dev.kzuz.query;

import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Source;
import dev.kzuz.model.Sourced;
import dev.kzuz.model.Standing;
import dev.kzuz.model.TradeFigure;
import dev.kzuz.model.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How complete the knowledge base is: counts by type, kind, language and verdict, essay coverage,
 * and how well sourced: sources known only by our description, records that rest on copies of
 * others' text alone, records citing an official legal database.
 */
public record Coverage(
        Map<String, Integer> recordsByType,
        Map<String, Integer> sourcesByKind,
        int titled,
        Map<Lang, Integer> titlesByLanguage,
        Map<Verdict, Integer> verdicts,
        Map<Verdict, Integer> essayClaims,
        List<String> claimsWithoutRecords,
        List<String> describedSources,
        List<String> restingOnCopies,
        Map<String, Integer> portalCitingByType,
        Map<String, Integer> sourcedByType,
        Map<String, Integer> portalCitingByPortal) {

    /** The record types whose titles are counted per language: the ones users read by title. */
    private static final List<RecordType> TITLED = List.of(RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION);

    public static Coverage of(KnowledgeBase kb) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (RecordType t : RecordType.values()) {
            byType.put(t.folder(), kb.ofType(t).size());
        }
        int targets = (int) kb.ofType(RecordType.TRADE, TradeFigure.class).stream().filter(f -> f.kind().equals("target")).count();
        byType.put("trade targets", targets);
        Map<String, Integer> byKind = new TreeMap<>();
        kb.ofType(RecordType.SOURCE, Source.class).forEach(s -> byKind.merge(s.kind(), 1, Integer::sum));
        Map<Lang, Integer> titles = new EnumMap<>(Lang.class);
        int titled = 0;
        for (RecordType t : TITLED) {
            for (KbRecord r : kb.ofType(t)) {
                titled++;
                r.titles().asMap().keySet().forEach(l -> titles.merge(l, 1, Integer::sum));
            }
        }
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        kb.all().stream().filter(r -> r instanceof Sourced).map(r -> ((Sourced) r).provenance().verdict())
                .forEach(v -> verdicts.merge(v, 1, Integer::sum));
        Map<Verdict, Integer> claims = new EnumMap<>(Verdict.class);
        List<String> withoutRecords = new ArrayList<>();
        for (EssayClaim c : kb.ofType(RecordType.CLAIM, EssayClaim.class)) {
            claims.merge(c.verdict(), 1, Integer::sum);
            if (c.records().isEmpty()) {
                withoutRecords.add(c.id());
            }
        }
        List<String> described = kb.ofType(RecordType.SOURCE, Source.class).stream()
                .filter(src -> src.originalTitle() == null).map(Source::id).toList();
        List<String> onCopies = new ArrayList<>();
        Map<String, Integer> portalByType = new LinkedHashMap<>();
        Map<String, Integer> sourcedByType = new LinkedHashMap<>();
        Map<String, Integer> byPortal = new TreeMap<>();
        for (RecordType t : RecordType.values()) {
            for (KbRecord r : kb.ofType(t)) {
                if (!(r instanceof Sourced)) {
                    continue;
                }
                sourcedByType.merge(t.folder(), 1, Integer::sum);
                List<Source> cited = r.citedSourceIds().stream().map(id -> kb.get(id, Source.class))
                        .flatMap(Optional::stream).filter(src -> src.standing() != Standing.ESSAY).toList();
                if (!cited.isEmpty() && cited.stream().allMatch(src -> src.standing() == Standing.AGGREGATOR)) {
                    onCopies.add(r.id());
                }
                Set<String> portals = new TreeSet<>();
                cited.forEach(src -> {
                    if (src.legalPortal() != null) {
                        portals.add(src.legalPortal());
                    }
                });
                if (!portals.isEmpty()) {
                    portalByType.merge(t.folder(), 1, Integer::sum);
                    portals.forEach(p -> byPortal.merge(p, 1, Integer::sum));
                }
            }
        }
        return new Coverage(byType, byKind, titled, titles, verdicts, claims, List.copyOf(withoutRecords),
                described, List.copyOf(onCopies), portalByType, sourcedByType, byPortal);
    }

    public int essayClaimCount() {
        return essayClaims.values().stream().mapToInt(Integer::intValue).sum();
    }
}
