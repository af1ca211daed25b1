package dev.kzuz.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A body of Central Asian or wider integration, with its members over time. Its title is its
 * last name; {@code names} are those it bore before, oldest first. {@code lastRecorded} is the last
 * date a source shows a body at work whose end no source gives: its memberships are open only as far
 * as anyone knows.
 */
public record Institution(
        String id,
        LocalizedText title,
        LocalizedText descriptiveTitle,
        LocalizedText titleSources,
        List<FormerName> names,
        List<String> aliases,
        String kind,
        Founding founded,
        PartialDate dissolved,
        PartialDate lastRecorded,
        String seat,
        LocalizedText purpose,
        List<LocalizedText> bodies,
        LocalizedText fate,
        List<Membership> members,
        List<String> related,
        LocalizedText summary,
        Provenance provenance) implements Sourced {

    public Institution {
        Objects.requireNonNull(id, "id");
        title = title == null ? LocalizedText.empty() : title;
        descriptiveTitle = descriptiveTitle == null ? LocalizedText.empty() : descriptiveTitle;
        titleSources = titleSources == null ? LocalizedText.empty() : titleSources;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        names = List.copyOf(names);
        aliases = List.copyOf(aliases);
        bodies = List.copyOf(bodies);
        members = List.copyOf(members);
        related = List.copyOf(related);
        purpose = purpose == null ? LocalizedText.empty() : purpose;
        fate = fate == null ? LocalizedText.empty() : fate;
        summary = summary == null ? LocalizedText.empty() : summary;
    }

    @Override
    public RecordType type() {
        return RecordType.INSTITUTION;
    }

    @Override
    public DateRange when() {
        return null;
    }

    /** Every country with a membership period of any standing, in order of first mention. */
    @Override
    public List<String> parties() {
        Set<String> codes = new LinkedHashSet<>();
        for (Membership m : members) {
            codes.add(m.country());
        }
        return List.copyOf(codes);
    }

    /** The title it bore on the first day of {@code when}; its last one when {@code when} is null. */
    public LocalizedText titleAt(DateRange when) {
        return FormerName.inUse(names, titles(), when);
    }

    @Override
    public List<String> citedSourceIds() {
        Set<String> ids = provenance.citedSources();
        for (Membership m : members) {
            ids.addAll(m.sources());
        }
        FormerName.addSources(names, ids);
        return List.copyOf(ids);
    }

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.institution(this);
    }
}
