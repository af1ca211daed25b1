package dev.kzuz.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTest {
    private static List<String> sentences(String markdown) {
        return new Draft(markdown).sentences().stream().map(s -> s.text().replaceAll("\\s+", " ").strip()).toList();
    }

    @Test
    void onlyProseIsRead() {
        String draft = """
                ---
                title: Signed in 1995
                ---
                # Essay

                The bank was founded in 1994 ([see](https://example.org/1995)).[^a] Its seat is `Almaty 1995`.

                | Year | Event |
                |---|---|
                | 1995 | founded |

                ```
                founded in 1995
                ```

                <!-- founded in 1995 -->

                [^a]: A report of 1995, accessed 25.11.2026.
                """;
        assertThat(sentences(draft)).containsExactly("Essay", "The bank was founded in 1994 ( see ).", "Its seat is .");
    }

    @Test
    void whatKzuzWritesAsARecordIsNoClaim() {
        String draft = """
                ## Central Asian Bank

                - **Founded:** 8 July 1995
                - a point of my own made in 1996

                **Conflicting claims**

                - Bank: date 1995 (rejected, [^e])

                ## References

                1. A report of 1995. <!-- kzuz:a -->
                """;
        assertThat(sentences(draft)).containsExactly("Central Asian Bank", "a point of my own made in 1996", "Conflicting claims", "References");
    }

    @Test
    void sentencesKeepTheirOwnLinesAndAnIndentedParagraphIsProse() {
        assertThat(sentences("First sentence.\nSecond sentence.\n")).containsExactly("First sentence.", "Second sentence.");
        assertThat(sentences("A sentence that runs\non to the next line.\n")).containsExactly("A sentence that runs on to the next line.");
        assertThat(sentences("- one item\n- another item\n")).containsExactly("one item", "another item");
        assertThat(sentences("     Бұл шарт 1997 жылы жасалды.\n")).containsExactly("Бұл шарт 1997 жылы жасалды.");
    }

    @Test
    void aPlainTextDraftIsReadWhole() {
        String table = "| Year | Event |\n|---|---|\n| 1995 | founded |\n";
        assertThat(new Draft(table, false).sentences()).hasSize(1);
        assertThat(new Draft(table).sentences()).isEmpty();
    }
}
