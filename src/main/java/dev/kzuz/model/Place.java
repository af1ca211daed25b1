package dev.kzuz.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A place named by records: its present name per language, the names it bore before (oldest
 * first, each with the day it ended and its sources), and the other spellings users type.
 */
public record Place(String id, LocalizedText name, List<FormerName> names, List<String> aliases, String country)
        implements KbRecord {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        aliases = List.copyOf(aliases);
    }

    /** The name the place bore on the first day of {@code when}; its present name when {@code when} is null. */
    public LocalizedText nameAt(DateRange when) {
        return FormerName.inUse(names, name, when);
    }

    /** Every name it has or had, in every language, then its aliases: each once, in that order. */
    public List<String> spellings() {
        Set<String> all = new LinkedHashSet<>(name.asMap().values());
        for (FormerName n : names) {
            all.addAll(n.name().asMap().values());
        }
        all.addAll(aliases);
        return List.copyOf(all);
    }

    @Override
    public RecordType type() {
        return RecordType.PLACE;
    }

    @Override
    public LocalizedText title() {
        return name;
    }

    @Override
    public DateRange when() {
        return null;
    }

    @Override
    public List<String> parties() {
        return List.of();
    }

    /** The sources of its changes of name. */
    @Override
    public List<String> citedSourceIds() {
        Set<String> ids = new LinkedHashSet<>();
        FormerName.addSources(names, ids);
        return List.copyOf(ids);
    }

    @Override
    public List<String> preferredSourceIds() {
        return citedSourceIds();
    }

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.place(this);
    }
}
