package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** search and timeline through the real command line. */
class SearchCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void searchRanksAndSaysWhichFieldMatched() throws Exception {
        CliResult r = CliResult.run("search", "Мәңгілік", "достық", "туралы", "шарт", "--format", "json");
        assertThat(r).succeeded();
        JsonNode first = JSON.readTree(r.out()).get(0);
        assertThat(first.get("id").asText()).isEqualTo("eternal-friendship-1998");
        assertThat(first.get("matched").asText()).isEqualTo("title.kk");
        assertThat(first.get("score").isNumber()).isTrue();
    }

    @Test
    void searchFiltersByTypeAndLimits() throws Exception {
        JsonNode hits = JSON.readTree(CliResult.run("search", "Tashkent", "--type", "event", "--limit", "3", "--format", "json").out());
        assertThat(hits.size()).isEqualTo(3);
        hits.forEach(h -> assertThat(h.get("type").asText()).isEqualTo("event"));
        assertThat(CliResult.run("search", "Tashkent", "--limit", "0")).failedWith(2).errContains("--limit must be between 1 and 1000");
        assertThat(CliResult.run("search", "Tashkent", "--type", "planet")).failedWith(2).errContains("'planet' is not a type");
        assertThat(CliResult.run("search", "xqzvwplk")).succeeded().outContains("No records match.");
    }

    @Test
    void timelineReadsAsAChronologyInEachLanguage() {
        assertThat(CliResult.run("timeline", "--since", "1997", "--until", "1997", "--type", "treaty", "--lang", "kk")).succeeded()
                .outContains("- 1997 жылғы 10 қаңтар — [Қазақстан, Қырғызстан және Өзбекстан арасындағы мәңгілік достық туралы шарт], Бішкек.");
        assertThat(CliResult.run("timeline", "--since", "1997", "--until", "1997", "--type", "treaty", "--lang", "ru")).succeeded()
                .outContains("- 10 января 1997 г. — [Договор о вечной дружбе между Казахстаном, Кыргызстаном и Узбекистаном], Бишкек.");
        assertThat(CliResult.run("timeline", "--since", "1997", "--until", "1997", "--type", "treaty")).succeeded()
                .outContains("- 10 January 1997 — [Treaty of Eternal Friendship between Kazakhstan, Kyrgyzstan and Uzbekistan], Bishkek.");
    }

    @Test
    void timelineIsInDateOrderAndShowsMembershipMilestones() throws Exception {
        JsonNode items = JSON.readTree(CliResult.run("timeline", "--party", "UZ", "--type", "institution", "--format", "json").out());
        List<String> dates = new ArrayList<>();
        List<String> events = new ArrayList<>();
        items.forEach(i -> {
            dates.add(i.get("date").asText());
            events.add(i.get("event").asText());
        });
        assertThat(dates).isSortedAccordingTo((a, b) -> java.time.LocalDate.parse(start(a)).compareTo(java.time.LocalDate.parse(start(b))));
        assertThat(events).contains("Collective Security Treaty Organization: Uzbekistan leaves",
                "Collective Security Treaty Organization: Uzbekistan becomes a member",
                "Collective Security Treaty Organization: Uzbekistan suspends its membership");
        assertThat(CliResult.run("timeline", "--kind", "treaty")).failedWith(2).errContains("use --type");
        assertThat(CliResult.run("timeline", "--since", "2000", "--until", "1990")).failedWith(2).errContains("before --since");
    }

    private static String start(String iso) {
        String s = iso.split("/")[0];
        return s.length() == 4 ? s + "-01-01" : s.length() == 7 ? s + "-01" : s;
    }

    @Test
    void unknownIdsSuggestByTitleToo() {
        assertThat(CliResult.run("treaty", "eternal-frendship")).failedWith(3)
                .errContains("did you mean 'eternal-friendship-1998' (Treaty of Eternal Friendship");
    }
}
