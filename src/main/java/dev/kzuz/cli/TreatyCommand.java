package dev.kzuz.cli;

import dev.kzuz.model.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "treaty", header = "Show one treaty in full: every field, claim and source.")
final class TreatyCommand extends DetailCommand {
    @Parameters(index = "0", paramLabel = "ID", completionCandidates = Candidates.TreatyIds.class,
            description = "The treaty's id (see 'kzuz treaties').")
    String id;

    @Override
    protected String id() {
        return id;
    }

    @Override
    protected RecordType type() {
        return RecordType.TREATY;
    }
}
