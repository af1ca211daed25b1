package dev.kzuz.cli;

import dev.kzuz.kb.Vocabulary;
import dev.kzuz.model.RecordType;

final class EventsCommand extends DatedListCommand {
    EventsCommand() {
        super("events", "List dated events (visits, summits, exercises…), in date order.", RecordType.EVENT, Vocabulary.EVENT_KINDS);
    }
}
