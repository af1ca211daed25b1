package dev.kzuz.cli;

import dev.kzuz.model.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "event", header = "Show one event in full: every field, claim and source.")
final class EventCommand extends DetailCommand {
    @Parameters(index = "0", paramLabel = "ID", completionCandidates = Candidates.EventIds.class,
            description = "The event's id (see 'kzuz events').")
    String id;

    @Override
    protected String id() {
        return id;
    }

    @Override
    protected RecordType type() {
        return RecordType.EVENT;
    }
}
