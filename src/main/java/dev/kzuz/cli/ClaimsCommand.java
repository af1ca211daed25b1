package dev.kzuz.cli;

import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Verdict;
import dev.kzuz.render.ListView;
import java.util.List;

final class ClaimsCommand extends RenderingCommand {
    private final Arg<Verdict> verdict = new Arg<>(null);

    ClaimsCommand() {
        super("claims");
        spec.addOption(Model.option("--verdict", "VERDICT", Verdict.class, verdict)
                .converters(new Converters.VerdictConverter()).completionCandidates(new Candidates.Verdicts()).build());
    }

    @Override
    protected ExitCode run() {
        KnowledgeBase kb = kb();
        List<EssayClaim> claims = new java.util.ArrayList<>();
        for (EssayClaim c : kb.ofType(RecordType.CLAIM, EssayClaim.class)) {
            if (verdict.value() == null || c.verdict() == verdict.value()) {
                claims.add(c);
            }
        }
        renderer().list(new ListView(RecordType.CLAIM, claims, options.lang(), kb, footnotes(claims, kb)), out());
        return ExitCode.OK;
    }
}
