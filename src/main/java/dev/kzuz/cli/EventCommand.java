package dev.kzuz.cli;

import dev.kzuz.model.RecordType;
import picocli.CommandLine.Command;

@Command(name = "event", header = "Show one event in full: every field, claim and source.")
final class EventCommand extends DetailCommand {
    @Override
    protected RecordType type() {
        return RecordType.EVENT;
    }
}
