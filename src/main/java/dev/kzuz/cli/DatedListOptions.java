package dev.kzuz.cli;

import dev.kzuz.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The filters of the treaty and event lists, and of the timeline. */
final class DatedListOptions {
    private final Arg<PartialDate> since = new Arg<>(null);
    private final Arg<PartialDate> until = new Arg<>(null);
    private final Arg<List<String>> parties = new Arg<>(new ArrayList<>());
    private final Arg<String> kind = new Arg<>(null);

    DatedListOptions(CommandSpec spec) {
        spec.addOption(Model.option("--since", "YEAR", PartialDate.class, since,
                "Only records dated in or after YEAR (also YYYY-MM or YYYY-MM-DD).").converters(new Converters.DateConverter()).build());
        spec.addOption(Model.option("--until", "YEAR", PartialDate.class, until,
                "Only records dated in or before YEAR (also YYYY-MM or YYYY-MM-DD).").converters(new Converters.DateConverter()).build());
        spec.addOption(Model.list("--party", "CODE", String.class, parties,
                        "Only records with this party (ISO 3166-1 alpha-2: KZ, UZ, KG…). Repeatable: all must be parties.")
                .converters(new Converters.CountryConverter()).completionCandidates(new Candidates.Parties()).build());
        spec.addOption(Model.option("--kind", "KIND", String.class, kind,
                        "Only records of this kind (treaties: treaty, agreement, declaration, protocol, programme…; events: visit, summit, meeting, exercise…).")
                .completionCandidates(new Candidates.Kinds()).build());
    }

    PartialDate since() {
        return since.value();
    }

    PartialDate until() {
        return until.value();
    }

    List<String> parties() {
        return parties.value();
    }

    String kind() {
        return kind.value();
    }
}
