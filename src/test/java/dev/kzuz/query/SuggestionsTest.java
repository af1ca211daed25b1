package dev.kzuz.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void anIdsWordsLeaveOutItsNumbers() {
        assertThat(Suggestions.wordsWithoutNumbers("eternal-frendship-1998")).isEqualTo("eternal frendship");
        assertThat(Suggestions.wordsWithoutNumbers("nope-1999")).isEqualTo("nope");
        assertThat(Suggestions.wordsWithoutNumbers("1998")).isEmpty();
        assertThat(Suggestions.wordsWithoutNumbers("g5-summit-2023-10")).isEqualTo("g5 summit");
        assertThat(Suggestions.wordsWithoutNumbers("a--b")).isEqualTo("a b");
    }
}
