package dev.kzuz.cli;

import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.render.ListView;

final class InstitutionsCommand extends RenderingCommand {
    InstitutionsCommand() {
        super("institutions");
    }

    @Override
    protected ExitCode run() {
        KnowledgeBase kb = kb();
        var institutions = kb.ofType(RecordType.INSTITUTION);
        renderer().list(new ListView(RecordType.INSTITUTION, institutions, options.lang(), kb, footnotes(institutions, kb)), out());
        return ExitCode.OK;
    }
}
