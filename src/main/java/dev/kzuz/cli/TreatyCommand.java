package dev.kzuz.cli;

import dev.kzuz.model.RecordType;
import picocli.CommandLine.Command;

@Command(name = "treaty", header = "Show one treaty in full: every field, claim and source.")
final class TreatyCommand extends DetailCommand {
    @Override
    protected RecordType type() {
        return RecordType.TREATY;
    }
}
