package dev.kzuz.kb;

import dev.kzuz.model.KnowledgeBase;
import java.util.List;

/** What loading gave: the records, every problem found, and notices (an overlay replacing a record). */
public record LoadResult(KnowledgeBase kb, List<KbProblem> problems, List<String> notices) {
    public LoadResult {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
