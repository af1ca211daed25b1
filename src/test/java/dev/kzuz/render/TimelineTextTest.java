package dev.kzuz.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.Institution;
import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import dev.kzuz.model.LocalizedText;
import dev.kzuz.model.Provenance;
import dev.kzuz.model.Verdict;
import dev.kzuz.query.Timeline;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each kind of timeline item has words of its own in every language: none borrows another's ("dissolved"). */
class TimelineTextTest {
    private static final Institution CSTO = new Institution("csto", LocalizedText.en("CSTO"), null, null, List.of(), List.of(), "organisation", null,
            null, null, null, null, List.of(), null, List.of(), List.of(), null,
            new Provenance(List.of("s"), Verdict.CONFIRMED, List.of(), List.of(), null));

    @Test
    void everyMilestoneReadsDifferentlyInEveryLanguage() {
        for (Lang lang : Catalogue.LANGUAGES) {
            Set<String> texts = new HashSet<>();
            for (Timeline.What what : Timeline.What.values()) {
                if (what == Timeline.What.SIGNED || what == Timeline.What.HAPPENED) {
                    assertThat(TimelineText.text(new Timeline.Item(DateRange.parse("1992"), what, CSTO, null), lang)).isEqualTo(CiteText.citedTitle(CSTO, DateRange.parse("1992"), lang));
                    continue;
                }
                String text = TimelineText.text(new Timeline.Item(DateRange.parse("1992"), what, CSTO, "UZ"), lang);
                assertThat(texts.add(text)).as(lang + " " + what + ": " + text).isTrue();
            }
        }
    }
}
