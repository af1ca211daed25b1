package dev.kzuz.model;

import java.util.List;
import java.util.Objects;

/**
 * One factual claim of an essay (the seed essay, or any essay added as a source), with the
 * verdict the public record gives it and the records that hold the fact. {@code match} holds
 * word groups that recognise the claim in a draft (every word of one group, by its stem).
 */
public record EssayClaim(
        String id,
        String essay,
        String code,
        String lines,
        LocalizedText text,
        Verdict verdict,
        List<String> records,
        List<String> match,
        LocalizedText note) implements KbRecord {

    public EssayClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(essay, "essay");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verdict, "verdict");
        records = List.copyOf(records);
        match = List.copyOf(match);
        note = note == null ? LocalizedText.empty() : note;
    }

    @Override
    public RecordType type() {
        return RecordType.CLAIM;
    }

    @Override
    public LocalizedText title() {
        return text;
    }

    @Override
    public List<String> aliases() {
        return List.of();
    }

    /** The first line the claim stands on, for ordering. */
    public int firstLine() {
        try {
            return Integer.parseInt(lines.split("-")[0].strip());
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    @Override
    public DateRange when() {
        return null;
    }

    @Override
    public List<String> parties() {
        return List.of();
    }

    /** The essay that makes the claim. */
    @Override
    public List<String> citedSourceIds() {
        return List.of(essay);
    }

    @Override
    public List<String> preferredSourceIds() {
        return List.of(essay);
    }

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.claim(this);
    }
}
