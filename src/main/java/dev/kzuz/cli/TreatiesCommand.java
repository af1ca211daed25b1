package dev.kzuz.cli;

import dev.kzuz.kb.Vocabulary;
import dev.kzuz.model.RecordType;
import java.util.Set;
import picocli.CommandLine.Command;

@Command(name = "treaties", header = "List treaties and other signed instruments, in date order.")
final class TreatiesCommand extends DatedListCommand {
    @Override
    protected RecordType type() {
        return RecordType.TREATY;
    }

    @Override
    protected Set<String> kinds() {
        return Vocabulary.TREATY_KINDS;
    }
}
