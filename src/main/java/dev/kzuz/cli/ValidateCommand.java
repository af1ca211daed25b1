package dev.kzuz.cli;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbProblem;
import dev.kzuz.kb.KbSource;
import dev.kzuz.kb.LoadResult;
import dev.kzuz.model.RecordType;
import java.util.List;
import java.util.stream.Collectors;
import dev.kzuz.model.Lang;
import dev.kzuz.model.Verdict;
import dev.kzuz.query.Coverage;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

final class ValidateCommand extends BaseCommand {
    private final Arg<Boolean> coverage = new Arg<>(false);

    ValidateCommand() {
        super("validate");
        spec.addOption(Model.flag("--coverage", coverage).build());
    }

    @Override
    protected ExitCode run() {
        List<KbSource> layers = layers();
        LoadResult result = KbLoader.load(layers, false);
        result.notices().forEach(n -> err().println("kzuz: note: " + n));
        for (KbProblem p : result.problems()) {
            out().println(p);
        }
        String where = layers.stream().map(KbSource::name).collect(Collectors.joining(" + "));
        if (!result.valid()) {
            throw new KzuzException(ExitCode.INVALID_KB, result.problems().size() + " problem(s) in " + where);
        }
        String counts = Arrays.stream(RecordType.values())
                .map(t -> result.kb().ofType(t).size() + " " + t.folder())
                .collect(Collectors.joining(", "));
        out().println("ok: " + result.kb().size() + " records (" + counts + ") in " + where);
        if (coverage.value()) {
            printCoverage(Coverage.of(result.kb()));
        }
        return ExitCode.OK;
    }

    private void printCoverage(Coverage c) {
        PrintWriter out = out();
        out.println();
        out.println("records by type:    " + join(c.recordsByType()));
        out.println("sources by kind:    " + join(c.sourcesByKind()));
        out.println("titles per language (of " + c.titled() + " treaties, events and institutions): "
                + Arrays.stream(Lang.values()).map(l -> l.code() + " " + c.titlesByLanguage().getOrDefault(l, 0))
                        .collect(Collectors.joining(", ")));
        out.println("verdicts:           " + verdicts(c.verdicts()));
        int n = c.essayClaimCount();
        out.println("essay claims:       " + n + " (" + verdicts(c.essayClaims()) + ")");
        int held = n - c.claimsWithoutRecords().size();
        out.println("essay coverage:     " + n + " claims recorded with a verdict; " + held + " held by a record"
                + (n == 0 ? "" : String.format(Locale.ROOT, " (%.0f%%)", 100.0 * held / n)));
        if (!c.claimsWithoutRecords().isEmpty()) {
            out.println("claims no record holds: " + String.join(", ", c.claimsWithoutRecords()));
        }
        out.println("sources described:  " + c.describedSources().size() + " of " + c.recordsByType().get("sources")
                + " have no published title, only our description in brackets");
        out.println("resting on copies:  " + c.restingOnCopies().size() + " records whose only source beyond the essay"
                + " is a wiki mirror or aggregator" + (c.restingOnCopies().isEmpty() ? "" : ": " + String.join(", ", c.restingOnCopies())));
        out.println("official portals:   records citing an official legal database: "
                + c.sourcedByType().entrySet().stream()
                        .map(e -> c.portalCitingByType().getOrDefault(e.getKey(), 0) + " of " + e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", "))
                + " (" + join(c.portalCitingByPortal()) + ")");
    }

    private static String join(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private static String verdicts(Map<Verdict, Integer> counts) {
        return Arrays.stream(Verdict.values()).map(v -> counts.getOrDefault(v, 0) + " " + v.code()).collect(Collectors.joining(", "));
    }
}
