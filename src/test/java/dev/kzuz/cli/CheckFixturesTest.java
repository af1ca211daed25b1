package dev.kzuz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kzuz check measured on drafts written for it in Kazakh, Russian and English, three in each
 * language, each by a different hand that never ran check: planted errors of every kind of
 * claim, true sentences worded unlike the records, sentences that fit two records and sentences
 * that claim nothing. Each claim is marked after its full stop with
 * {@code <!-- expect: VERDICT CLAIM RECORD -->} (VERDICT: error, true or ambiguous). The goals,
 * over all drafts: at least 90% of the errors caught, at least 95% of the catches naming the
 * right record, no alarm on a true sentence or a sentence that claims nothing. Each draft is
 * held to 85%, 95% and at most one false alarm, so that none slips back unseen.
 */
class CheckFixturesTest {
    private static final String DIR = "src/test/resources/check/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DRAFTS = List.of("en", "ru", "kk", "en-2", "ru-2", "kk-2", "en-3", "ru-3", "kk-3");
    private static final Pattern EXPECT = Pattern.compile("<!-- expect: (error|true|ambiguous) (\\S+) (\\S+) -->");

    /** One marked claim: where its sentence lies (from just after the one before to its mark) and what it is. */
    private record Expected(int fromLine, int fromColumn, int line, int column, String verdict, String claim, List<String> records) {
        boolean holds(JsonNode f) {
            int l = f.get("line").asInt();
            int c = f.get("column").asInt();
            boolean afterStart = l > fromLine || l == fromLine && c >= fromColumn;
            boolean beforeMark = l < line || l == line && c <= column;
            return afterStart && beforeMark;
        }
    }

    /** What a draft's check came to. */
    private record Score(int errors, int caught, int rightRecord, int rightClaim, int trueClaims, int falseAlarms,
                         int ambiguous, int ambiguousReported, List<String> notes) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ru", "kk", "en-2", "ru-2", "kk-2", "en-3", "ru-3", "kk-3"})
    void catchesThePlantedErrorsOfEveryKindAndNothingElse(String draft) throws IOException {
        Score s = score(draft);
        String figures = String.format(Locale.ROOT, "%s: recall %d/%d, right record %d/%d, right claim kind %d/%d, "
                        + "false alarms %d (on %d true sentences and the unmarked ones), ambiguous reported %d/%d%n  %s",
                draft, s.caught(), s.errors(), s.rightRecord(), s.caught(), s.rightClaim(), s.caught(), s.falseAlarms(), s.trueClaims(),
                s.ambiguousReported(), s.ambiguous(), String.join("\n  ", s.notes()));
        System.out.println(figures);
        assertThat(s.errors()).as("the draft plants errors").isGreaterThanOrEqualTo(20);
        assertThat(s.caught()).as(figures).isGreaterThanOrEqualTo((int) Math.ceil(0.85 * s.errors()));
        assertThat(s.rightRecord()).as(figures).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * s.caught()));
        assertThat(s.falseAlarms()).as(figures).isLessThanOrEqualTo(1);
    }

    @Test
    void overAllDraftsTheGoalsAreMet() throws IOException {
        int errors = 0;
        int caught = 0;
        int rightRecord = 0;
        int falseAlarms = 0;
        int trueClaims = 0;
        for (String draft : DRAFTS) {
            Score s = score(draft);
            errors += s.errors();
            caught += s.caught();
            rightRecord += s.rightRecord();
            falseAlarms += s.falseAlarms();
            trueClaims += s.trueClaims();
        }
        String figures = String.format(Locale.ROOT, "all drafts: recall %d/%d (%.1f%%), right record %d/%d (%.1f%%), false alarms %d on %d true sentences",
                caught, errors, 100.0 * caught / errors, rightRecord, caught, 100.0 * rightRecord / caught, falseAlarms, trueClaims);
        System.out.println(figures);
        assertThat(caught).as(figures).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * errors));
        assertThat(rightRecord).as(figures).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * caught));
        assertThat(falseAlarms).as(figures).isLessThanOrEqualTo(1);
    }

    @Test
    void everyMarkNamesAKnownVerdictAndClaimKind() throws IOException {
        for (String draft : DRAFTS) {
            for (Expected e : expected(draft)) {
                assertThat(e.claim()).isIn("date", "founding", "dissolved", "place", "parties", "join", "leave", "suspend", "observer", "trade");
            }
        }
    }

    /** A draft's check, its report in the draft's language ("ru-2" is a second Russian draft). */
    private static Score score(String draft) throws IOException {
        String lang = draft.substring(0, 2);
        CliResult r = CliResult.run("check", DIR + "claims-" + draft + ".md", "--all", "--format", "json", "--lang", lang);
        assertThat(r.err()).isEmpty();
        List<JsonNode> findings = new ArrayList<>();
        JSON.readTree(r.out()).get("findings").forEach(findings::add);
        List<Expected> expected = expected(draft);
        int errors = 0;
        int caught = 0;
        int rightRecord = 0;
        int rightClaim = 0;
        int trueClaims = 0;
        int falseAlarms = 0;
        int ambiguous = 0;
        int ambiguousReported = 0;
        List<String> notes = new ArrayList<>();
        List<JsonNode> placed = new ArrayList<>();
        for (Expected e : expected) {
            List<JsonNode> alarms = new ArrayList<>();
            for (JsonNode f : findings) {
                if (e.holds(f)) {
                    placed.add(f);
                    if (alarming(f)) {
                        alarms.add(f);
                    }
                }
            }
            switch (e.verdict()) {
                case "error" -> {
                    errors++;
                    if (alarms.isEmpty()) {
                        notes.add("missed " + e.claim() + " " + e.records() + " at line " + e.line());
                        continue;
                    }
                    caught++;
                    boolean record = false;
                    boolean claim = false;
                    for (JsonNode f : alarms) {
                        record |= names(f, e.records());
                        claim |= claimKind(e.claim()).equals(f.get("claim").asText());
                    }
                    rightRecord += record ? 1 : 0;
                    rightClaim += claim ? 1 : 0;
                    if (!record) {
                        notes.add("wrong record at line " + e.line() + ": " + alarms.get(0).get("records") + " for " + e.records());
                    }
                }
                case "true" -> {
                    trueClaims++;
                    if (!alarms.isEmpty()) {
                        falseAlarms++;
                        notes.add("false alarm at line " + e.line() + " (" + e.claim() + " " + e.records() + "): " + alarms.get(0));
                    }
                }
                case "ambiguous" -> {
                    ambiguous++;
                    for (JsonNode f : alarms) {
                        if (f.get("kind").asText().equals("ambiguous")) {
                            ambiguousReported++;
                            break;
                        }
                    }
                }
                default -> throw new IllegalStateException("no verdict " + e.verdict());
            }
        }
        for (JsonNode f : findings) {
            if (alarming(f) && !placed.contains(f)) {
                falseAlarms++;
                notes.add("false alarm on an unmarked sentence: " + f);
            }
        }
        return new Score(errors, caught, rightRecord, rightClaim, trueClaims, falseAlarms, ambiguous, ambiguousReported, notes);
    }

    private static boolean alarming(JsonNode f) {
        String kind = f.get("kind").asText();
        return kind.equals("contradiction") || kind.equals("known-error") || kind.equals("ambiguous");
    }

    private static boolean names(JsonNode f, List<String> records) {
        for (JsonNode id : f.get("records")) {
            if (records.contains(id.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The claim kind of a mark as kzuz names it. */
    private static String claimKind(String mark) {
        return switch (mark) {
            case "dissolved" -> "dissolution";
            case "suspend" -> "suspension";
            default -> mark;
        };
    }

    /**
     * The marked claims of a draft, each with where its sentence begins: after the mark before
     * it, a blank line or a heading, whichever is last.
     */
    private static List<Expected> expected(String draft) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(DIR + "claims-" + draft + ".md"));
        List<Expected> out = new ArrayList<>();
        int fromLine = 1;
        int fromColumn = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                fromLine = i + 2;
                fromColumn = 1;
                continue;
            }
            Matcher m = EXPECT.matcher(line);
            while (m.find()) {
                int column = line.codePointCount(0, m.start()) + 1;
                out.add(new Expected(fromLine, fromColumn, i + 1, column, m.group(1), m.group(2), List.of(m.group(3).split("\\|"))));
                fromLine = i + 1;
                fromColumn = line.codePointCount(0, m.end()) + 1;
            }
        }
        return out;
    }
}
