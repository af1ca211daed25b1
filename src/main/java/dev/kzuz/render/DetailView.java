package dev.kzuz.render;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;
import java.util.Map;

/** One record to show in full; {@code footnotes} as in {@link ListView}. */
public record DetailView(KbRecord record, Lang lang, KnowledgeBase kb, Map<String, String> footnotes) {
    public DetailView(KbRecord record, Lang lang, KnowledgeBase kb) {
        this(record, lang, kb, null);
    }
}
