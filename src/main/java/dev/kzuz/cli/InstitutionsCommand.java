package dev.kzuz.cli;

import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.render.ListView;
import picocli.CommandLine.Command;

@Command(name = "institutions", header = "List the institutions, with Kazakhstan's and Uzbekistan's latest standing in each.")
final class InstitutionsCommand extends RenderingCommand {
    @Override
    protected ExitCode run() {
        KnowledgeBase kb = kb();
        var institutions = kb.ofType(RecordType.INSTITUTION);
        renderer().list(new ListView(RecordType.INSTITUTION, institutions, options.lang, kb, footnotes(institutions, kb)), out());
        return ExitCode.OK;
    }
}
