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
        spec.addOption(Model.option("--since", "YEAR", PartialDate.class, since).converters(new Converters.DateConverter()).build());
        spec.addOption(Model.option("--until", "YEAR", PartialDate.class, until).converters(new Converters.DateConverter()).build());
        spec.addOption(Model.list("--party", "CODE", String.class, parties)
                .converters(new Converters.CountryConverter()).completionCandidates(new Candidates.Parties()).build());
        spec.addOption(Model.option("--kind", "KIND", String.class, kind)
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
