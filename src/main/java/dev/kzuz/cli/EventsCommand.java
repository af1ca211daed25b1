package dev.kzuz.cli;

import dev.kzuz.kb.Vocabulary;
import dev.kzuz.model.RecordType;
import java.util.Set;
import picocli.CommandLine.Command;

@Command(name = "events", header = "List dated events (visits, summits, exercises…), in date order.")
final class EventsCommand extends DatedListCommand {
    @Override
    protected RecordType type() {
        return RecordType.EVENT;
    }

    @Override
    protected Set<String> kinds() {
        return Vocabulary.EVENT_KINDS;
    }
}
