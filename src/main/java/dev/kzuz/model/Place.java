package dev.kzuz.model;

import java.util.List;
import java.util.Objects;

/** A place named by records, with its names per language and the other spellings users type. */
public record Place(String id, LocalizedText name, List<String> aliases, String country) implements KbRecord {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
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

    /** None: a place carries no sources. */
    @Override
    public List<String> citedSourceIds() {
        return List.of();
    }

    @Override
    public List<String> preferredSourceIds() {
        return List.of();
    }

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.place(this);
    }
}
