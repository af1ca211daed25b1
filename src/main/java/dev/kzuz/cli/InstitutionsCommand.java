package dev.kzuz.cli;

import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.render.ListView;
import picocli.CommandLine.Command;

@Command(name = "institutions", header = "List the institutions, with Kazakhstan's and Uzbekistan's latest standing in each.")
final class InstitutionsCommand extends BaseCommand {
    @Override
    protected ExitCode run() {
        KnowledgeBase kb = kb();
        renderer().list(new ListView(RecordType.INSTITUTION, kb.ofType(RecordType.INSTITUTION), options.lang, kb), out());
        return ExitCode.OK;
    }
}
