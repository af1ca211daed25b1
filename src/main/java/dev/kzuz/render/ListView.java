package dev.kzuz.render;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import dev.kzuz.model.RecordType;
import java.util.List;

/** Records of one type to show as a list, in a language, with the knowledge base for look-ups. */
public record ListView(RecordType type, List<? extends KbRecord> records, Lang lang, KnowledgeBase kb) {
    public ListView {
        records = List.copyOf(records);
    }
}
