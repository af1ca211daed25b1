package dev.kzuz.cli;

import dev.kzuz.kb.Vocabulary;
import dev.kzuz.model.RecordType;

final class TreatiesCommand extends DatedListCommand {
    TreatiesCommand() {
        super("treaties", "List treaties and other signed instruments, in date order.", RecordType.TREATY, Vocabulary.TREATY_KINDS);
    }
}
