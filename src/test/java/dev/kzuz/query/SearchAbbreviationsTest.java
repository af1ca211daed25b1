package dev.kzuz.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every abbreviation of every bundled institution (CSTO, ОДКБ, ЕврАзЭС, ЕҚЫҰ...), as written and in
 * lower case, finds that institution first: before the treaty or founding event that goes by the
 * same abbreviation, and before the sources that name it.
 */
class SearchAbbreviationsTest {
    @Test
    void everyAbbreviationFindsItsInstitutionFirst() {
        KnowledgeBase kb = KbLoader.load(List.of(KbSource.bundled())).kb();
        Search search = new Search(kb, SearchIndex.build(kb, kb.all()));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Institution i : kb.ofType(RecordType.INSTITUTION, Institution.class)) {
            for (String alias : i.aliases()) {
                if (!Search.isAbbreviation(alias)) {
                    continue;
                }
                for (String query : List.of(alias, alias.toLowerCase(Locale.ROOT))) {
                    List<Search.Hit> hits = search.run(query, EnumSet.complementOf(EnumSet.of(RecordType.PLACE)), 3);
                    String first = hits.isEmpty() ? "nothing" : hits.get(0).record().id();
                    if (!first.equals(i.id())) {
                        wrong.add(query + " -> " + first + ", not " + i.id());
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as("abbreviations checked").isGreaterThan(40);
        assertThat(wrong).isEmpty();
    }
}
