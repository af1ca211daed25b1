package dev.kzuz.cli;

import dev.kzuz.model.RecordType;
import picocli.CommandLine.Command;

@Command(name = "institution", header = "Show one institution in full, with its membership history by country.")
final class InstitutionCommand extends DetailCommand {
    @Override
    protected RecordType type() {
        return RecordType.INSTITUTION;
    }
}
