package dev.kzuz.cli;

import dev.kzuz.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The filters of the treaty and event lists. */
public final class DatedListOptions {
    @Option(names = "--since", paramLabel = "YEAR", converter = Converters.DateConverter.class,
            description = "Only records dated in or after YEAR (also YYYY-MM or YYYY-MM-DD).")
    PartialDate since;

    @Option(names = "--until", paramLabel = "YEAR", converter = Converters.DateConverter.class,
            description = "Only records dated in or before YEAR (also YYYY-MM or YYYY-MM-DD).")
    PartialDate until;

    @Option(names = "--party", paramLabel = "CODE", converter = Converters.CountryConverter.class, completionCandidates = Candidates.Parties.class,
            description = "Only records with this party (ISO 3166-1 alpha-2: KZ, UZ, KG…). Repeatable: all must be parties.")
    List<String> parties = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = Candidates.Kinds.class, description = "Only records of this kind (treaties: treaty, agreement, declaration, protocol, programme…; events: visit, summit, meeting, exercise…).")
    String kind;
}
