package dev.kzuz.model;

import java.util.List;

/**
 * A record that makes factual claims and so carries provenance; its sources are those of its
 * provenance unless the record names more (an institution's memberships).
 */
public sealed interface Sourced extends KbRecord permits DatedRecord, Institution, TradeFigure {
    Provenance provenance();

    @Override
    default List<String> citedSourceIds() {
        return List.copyOf(provenance().citedSources());
    }

    @Override
    default List<String> preferredSourceIds() {
        return provenance().preferredSources();
    }
}
