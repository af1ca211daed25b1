package dev.kzuz.cli;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.query.Suggestions;
import dev.kzuz.render.DetailView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Shows one record in full: every field, claim and source ('kzuz treaty ID', 'event', 'institution'). */
final class DetailCommand extends RenderingCommand {
    private final RecordType type;
    private final Arg<String> id = new Arg<>(null);

    private DetailCommand(RecordType type, Iterable<String> ids) {
        super(type.noun());
        this.type = type;
        spec.addPositional(Model.parameter("1", "ID", id).completionCandidates(ids).build());
    }

    static DetailCommand treaty() {
        return new DetailCommand(RecordType.TREATY, new Candidates.TreatyIds());
    }

    static DetailCommand event() {
        return new DetailCommand(RecordType.EVENT, new Candidates.EventIds());
    }

    static DetailCommand institution() {
        return new DetailCommand(RecordType.INSTITUTION,
                new Candidates.InstitutionIds());
    }

    @Override
    protected ExitCode run() {
        KnowledgeBase kb = kb();
        String wanted = id.value().strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the id is empty");
        }
        KbRecord found = kb.get(wanted).orElse(null);
        if (found == null || found.type() != type) {
            throw notFound(this, type, kb, wanted);
        }
        renderer().detail(new DetailView(found, options.lang(), kb, footnotes(List.of(found), kb)), out());
        return ExitCode.OK;
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** No {@code type} record {@code wanted}: what it is instead, or the ids most like it. */
    static KzuzException notFound(BaseCommand command, RecordType type, KnowledgeBase kb, String wanted) {
        String noun = type.noun();
        Optional<KbRecord> other = kb.get(wanted);
        if (other.isPresent()) {
            String otherNoun = other.get().type().noun();
            return new KzuzException(ExitCode.NOT_FOUND, "'" + wanted + "' is " + article(otherNoun) + ", not " + article(noun)
                    + ": try 'kzuz " + otherNoun + " " + wanted + "'");
        }
        List<KbRecord> near = Suggestions.forId(wanted, type, kb, command.root.app().search(command.layers(), kb));
        String hint = near.isEmpty() ? " (list them with 'kzuz " + type.folder() + "', or 'kzuz search')"
                : " — did you mean " + Suggestions.describe(near, command.options.lang()) + "?";
        return new KzuzException(ExitCode.NOT_FOUND, "no " + noun + " '" + wanted + "'" + hint);
    }
}
