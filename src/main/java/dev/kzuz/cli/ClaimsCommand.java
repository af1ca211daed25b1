package dev.kzuz.cli;

import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Verdict;
import dev.kzuz.render.ListView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "claims", header = "List the essay's factual claims with their verdicts: what to know before citing the essay.")
final class ClaimsCommand extends RenderingCommand {
    @Option(names = "--verdict", paramLabel = "VERDICT", converter = Converters.VerdictConverter.class, completionCandidates = Candidates.Verdicts.class,
            description = "Only claims with this verdict: confirmed, conflict, unconfirmed.")
    Verdict verdict;

    @Override
    protected ExitCode run() {
        KnowledgeBase kb = kb();
        List<EssayClaim> claims = kb.ofType(RecordType.CLAIM, EssayClaim.class).stream()
                .filter(c -> verdict == null || c.verdict() == verdict)
                .toList();
        renderer().list(new ListView(RecordType.CLAIM, claims, options.lang, kb, footnotes(claims, kb)), out());
        return ExitCode.OK;
    }
}
