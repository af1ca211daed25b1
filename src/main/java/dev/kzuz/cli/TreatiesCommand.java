package dev.kzuz.cli;

import dev.kzuz.kb.Vocabulary;
import dev.kzuz.model.RecordType;

final class TreatiesCommand extends DatedListCommand {
    TreatiesCommand() {
        super("treaties", RecordType.TREATY, Vocabulary.TREATY_KINDS);
    }
}
