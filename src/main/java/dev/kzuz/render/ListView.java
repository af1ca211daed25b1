package dev.kzuz.render;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import java.util.List;
import java.util.Map;

/**
 * Records of one type to show as a list, in a language, with the knowledge base for look-ups;
 * {@code footnotes} (source id to styled reference) makes Markdown cite by footnotes, or is null.
 */
public record ListView(RecordType type, List<? extends KbRecord> records, Lang lang, KnowledgeBase kb,
                       Map<String, String> footnotes) {
    public ListView {
        records = List.copyOf(records);
    }

    public ListView(RecordType type, List<? extends KbRecord> records, Lang lang, KnowledgeBase kb) {
        this(type, records, lang, kb, null);
    }
}
