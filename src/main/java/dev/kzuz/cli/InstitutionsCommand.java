package dev.kzuz.cli;

import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Membership;
import dev.kzuz.model.RecordType;
import dev.kzuz.render.ListView;
import dev.kzuz.render.MembershipText;
import dev.kzuz.render.chart.MembershipPicture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

final class InstitutionsCommand extends RenderingCommand {
    private final Arg<List<String>> idsArg = new Arg<>(new ArrayList<>());
    private final Arg<List<String>> partiesArg = new Arg<>(new ArrayList<>());
    private final ChartOutput chart;

    InstitutionsCommand() {
        super("institutions", FormatOption.DRAWN);
        spec.addPositional(Model.parameter("0..*", "ID", idsArg).completionCandidates(new Candidates.InstitutionIds()).build());
        spec.addOption(Model.list("--party", "CODE", String.class, partiesArg)
                .converters(new Converters.CountryConverter()).completionCandidates(new Candidates.Parties()).build());
        chart = new ChartOutput(spec);
    }

    @Override
    protected ExitCode run() {
        chart.check();
        KnowledgeBase kb = kb();
        List<Institution> chosen = chosen(kb);
        // No lambda here: a plain list must not start the lambda machinery (start-up).
        if (chart.asked(output.format()) && chart.draw(output.format(), new MembershipPicture(chosen, lanes(), options.lang(),
                OutputOptions.caption(chosen, kb, output.style(), options.lang()), LocalDate.now()), options.lang(), out(), err())) {
            return ExitCode.OK;
        }
        if (chart.inTerminal()) {
            MembershipText.write(chosen, lanes(), options.lang(), LocalDate.now(), root.app().terminal().width(), out());
            return ExitCode.OK;
        }
        List<KbRecord> records = new ArrayList<>(chosen);
        renderer().list(new ListView(RecordType.INSTITUTION, records, options.lang(), kb, footnotes(records, kb)), out());
        return ExitCode.OK;
    }

    /** The institutions asked for by id (all when none), with a standing of a country asked for by --party. */
    private List<Institution> chosen(KnowledgeBase kb) {
        List<Institution> out = new ArrayList<>();
        if (idsArg.value().isEmpty()) {
            for (KbRecord r : kb.ofType(RecordType.INSTITUTION)) {
                out.add((Institution) r);
            }
        } else {
            for (String id : idsArg.value()) {
                String wanted = id.strip().toLowerCase(java.util.Locale.ROOT);
                Institution found = kb.get(wanted, Institution.class).orElse(null);
                if (found == null) {
                    throw DetailCommand.notFound(this, RecordType.INSTITUTION, kb, wanted);
                }
                out.add(found);
            }
        }
        if (!partiesArg.value().isEmpty()) {
            out.removeIf(i -> i.members().stream().map(Membership::country).noneMatch(partiesArg.value()::contains));
        }
        return out;
    }

    /** Kazakhstan's lane and Uzbekistan's, or only the one --party names. */
    private List<String> lanes() {
        List<String> lanes = new ArrayList<>(List.of("KZ", "UZ"));
        if (!partiesArg.value().isEmpty() && partiesArg.value().stream().anyMatch(lanes::contains)) {
            lanes.retainAll(partiesArg.value());
        }
        return lanes;
    }
}
