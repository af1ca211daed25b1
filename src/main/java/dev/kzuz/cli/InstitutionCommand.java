package dev.kzuz.cli;

import dev.kzuz.model.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "institution", header = "Show one institution in full, with its membership history by country.")
final class InstitutionCommand extends DetailCommand {
    @Parameters(index = "0", paramLabel = "ID", completionCandidates = Candidates.InstitutionIds.class,
            description = "The institution's id (see 'kzuz institutions').")
    String id;

    @Override
    protected String id() {
        return id;
    }

    @Override
    protected RecordType type() {
        return RecordType.INSTITUTION;
    }
}
