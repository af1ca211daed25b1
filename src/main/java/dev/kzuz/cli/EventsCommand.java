package dev.kzuz.cli;

import dev.kzuz.kb.Vocabulary;
import dev.kzuz.model.RecordType;

final class EventsCommand extends DatedListCommand {
    EventsCommand() {
        super("events", RecordType.EVENT, Vocabulary.EVENT_KINDS);
    }
}
