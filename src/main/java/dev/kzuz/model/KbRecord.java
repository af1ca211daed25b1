package dev.kzuz.model;

import java.util.List;

/** Any record of the knowledge base: it has a stable id, a type and a title. */
public sealed interface KbRecord permits DatedRecord, Institution, TradeFigure, Source, Place, EssayClaim {
    String id();

    RecordType type();

    LocalizedText title();

    /** Other names, abbreviations and spellings. */
    List<String> aliases();
}
