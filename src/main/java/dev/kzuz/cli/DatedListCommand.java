package dev.kzuz.cli;

import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.DatedQuery;
import dev.kzuz.render.ListView;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.ParameterException;

/** Lists treaties or events, filtered, in date order. */
abstract class DatedListCommand extends RenderingCommand {
    private final RecordType type;
    private final Set<String> kinds;
    private final DatedListOptions filters;

    DatedListCommand(String name, RecordType type, Set<String> kinds) {
        super(name);
        this.type = type;
        this.kinds = kinds;
        filters = new DatedListOptions(spec);
    }

    @Override
    protected ExitCode run() {
        if (filters.kind() != null && !kinds.contains(filters.kind())) {
            throw new ParameterException(spec.commandLine(), "--kind: '" + filters.kind() + "' is not one of "
                    + String.join(", ", new TreeSet<>(kinds)));
        }
        DatedQuery query;
        try {
            query = new DatedQuery(filters.since(), filters.until(), Set.copyOf(filters.parties()), filters.kind());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        KnowledgeBase kb = kb();
        List<DatedRecord> records = query.run(kb, type);
        renderer().list(new ListView(type, records, options.lang(), kb, footnotes(records, kb)), out());
        return ExitCode.OK;
    }
}
