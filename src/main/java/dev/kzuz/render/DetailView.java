package dev.kzuz.render;

import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Lang;

/** One record to show in full. */
public record DetailView(KbRecord record, Lang lang, KnowledgeBase kb) {
}
