package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.EssayClaim;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.RecordType;
import dev.kzuz.model.Verdict;
import dev.kzuz.support.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kzuz check on the seed essay (every conflict the knowledge base records against it is
 * reported at its lines, nothing else alarms) and on drafts with planted errors.
 */
class CheckCliTest {
    private static final String DIR = "src/test/resources/check/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"draft-en.md", "draft-ru.md"})
    void draftsWithPlantedErrorsReportExactlyThoseErrors(String name) {
        CliResult r = CliResult.run("check", DIR + name, "--all");
        assertThat(r).exitCode(5);
        Golden.assertMatches(Path.of(DIR + name + ".expected"), r.out());
    }

    @Test
    void theReportIsInTheLanguageAsked() {
        CliResult ru = CliResult.run("check", DIR + "draft-ru.md", "--lang", "ru");
        assertThat(ru).exitCode(5).outContains("— в базе знаний: 10 января 1997 г.; текст повторяет известную ошибку эссе",
                "в базе знаний: 1,95 млрд $ (правительство Казахстана)", "draft-ru.md: противоречий — 4").outDoesNotContain("knowledge base");
        CliResult kk = CliResult.run("check", DIR + "draft-ru.md", "--lang", "kk", "--all");
        assertThat(kk).exitCode(5).outContains("— білім қорында: 1997 жылғы 10 қаңтар; мәтін эссенің белгілі қатесін қайталайды", ": қайшылық — 4")
                .outDoesNotContain("knowledge base");
    }

    @Test
    void theEssaysRecordedConflictsAreAllReportedAtTheirLinesAndNothingElseAlarms() throws Exception {
        KnowledgeBase kb = KbLoader.load(List.of(KbSource.bundled())).kb();
        CliResult r = CliResult.run("check", DIR + "essay-kk.txt", "--format", "json");
        assertThat(r).exitCode(5);
        JsonNode findings = JSON.readTree(r.out()).get("findings");
        List<int[]> conflictLines = new ArrayList<>();
        for (EssayClaim c : kb.ofType(RecordType.CLAIM, EssayClaim.class)) {
            if (c.verdict() == Verdict.CONFLICT) {
                int[] range = range(c.lines());
                conflictLines.add(range);
                boolean reported = false;
                for (JsonNode f : findings) {
                    int line = f.get("line").asInt();
                    reported |= line >= range[0] && line <= range[1];
                }
                assertThat(reported).as(c.id() + " (lines " + c.lines() + ") is reported").isTrue();
            }
        }
        for (JsonNode f : findings) {
            int line = f.get("line").asInt();
            assertThat(conflictLines).as("alarm at line " + line + " is a recorded conflict: " + f)
                    .anySatisfy(range -> assertThat(line).isBetween(range[0], range[1]));
        }
    }

    private static int[] range(String lines) {
        String[] p = lines.split("-");
        int a = Integer.parseInt(p[0]);
        return new int[] {a, p.length > 1 ? Integer.parseInt(p[1]) : a};
    }

    @Test
    void aDraftThatAgreesExitsZero(@TempDir Path dir) throws Exception {
        Path draft = Files.writeString(dir.resolve("ok.md"),
                "The Treaty of Eternal Friendship between Kazakhstan and Uzbekistan was signed in Tashkent on 31 October 1998.\n");
        assertThat(CliResult.run("check", draft.toString())).succeeded().outContains("0 contradiction(s)");
    }

    /**
     * An Uzbek draft, in Latin with o‘ g‘ typed any way (U+2018, ASCII ', ʻ) or in Cyrillic: its
     * dates ("1998-yil 31-oktabrda", "1998 йил 31 октябрда", "2010-yilda"), parties, places with
     * their endings ("Samarqandda"), memberships and trade figures ("9,9 mlrd dollar") are read as
     * a Kazakh or Russian draft's are, and reported in Uzbek.
     */
    @Test
    void anUzbekDraftInEitherAlphabetIsReadAsAnyOther(@TempDir Path dir) throws Exception {
        Path draft = Files.writeString(dir.resolve("maqola.md"), String.join("\n\n",
                "# Qoralama",
                "Qozog‘iston va O‘zbekiston o‘rtasidagi Abadiy do‘stlik to‘g‘risidagi shartnoma 1999-yil 31-oktabrda imzolangan.",
                "Qozog'iston, Qirg'iziston va O'zbekiston o'rtasida Abadiy do'stlik to'g'risidagi shartnoma 1998-yil 31-oktabrda imzolangan.",
                "Qozogʻiston va Oʻzbekiston oʻrtasidagi Abadiy doʻstlik toʻgʻrisidagi shartnoma 1998-yil 31-oktabrda Samarqandda imzolangan.",
                "O‘zbekiston 2010-yilda KXShTdan chiqdi.",
                "2023-yilda Qozog‘iston va O‘zbekiston o‘rtasidagi tovar aylanmasi 9,9 mlrd dollarni tashkil etdi.",
                "Қозоғистон ва Ўзбекистон ўртасидаги Абадий дўстлик тўғрисидаги шартнома 1997 йил 31 октябрда имзоланган.",
                "Markaziy Osiyo hamkorlik va taraqqiyot banki 1994-yil 8-iyulda tashkil etilgan.") + "\n");
        CliResult r = CliResult.run("check", draft.toString(), "--lang", "uz");
        assertThat(r).exitCode(5).outContains(
                "maqola.md:3:", "sana “1999-yil 31-oktabrda” — ", "(eternal-friendship-1998) — bilim bazasida: 1998-yil 31-oktabr",
                "maqola.md:5:1: tomonlari “Qozog‘iston, Qirg‘iziston, O‘zbekiston”",
                "maqola.md:7:", "joyi “Samarqandda”", "bilim bazasida: Toshkent",
                "maqola.md:9:", "chiqishi “2010” — Kollektiv xavfsizlik shartnomasi tashkiloti (csto)",
                "maqola.md:11:", "tovar aylanmasi “9,9 mlrd (2023)”",
                "maqola.md:13:", "sana “1997 йил 31 октябрда”",
                "ziddiyatlar — 6");
        assertThat(r.out()).doesNotContain("maqola.md:15:");
    }

    /**
     * Writers call a treaty an agreement (and a шарт a келісім, a shartnoma a bitim): the kind
     * word a sentence leaves out of a short title does not keep the record from being checked.
     */
    @Test
    void aTreatyCalledAnAgreementIsStillChecked(@TempDir Path dir) throws Exception {
        Path draft = Files.writeString(dir.resolve("draft.md"), String.join("\n\n",
                "The agreement on eternal friendship between Kazakhstan and Uzbekistan was signed in Almaty.",
                "Соглашение о вечной дружбе между Казахстаном и Узбекистаном подписано в Алматы.",
                "Qozog‘iston va O‘zbekiston o‘rtasidagi abadiy do‘stlik to‘g‘risidagi bitim Olmaotada imzolangan.",
                "Қазақстан мен Өзбекстан арасындағы мәңгілік достық туралы келісімге Алматыда қол қойылды.") + "\n");
        CliResult r = CliResult.run("check", draft.toString());
        assertThat(r).exitCode(5).outContains(
                "draft.md:1:", "place \"Almaty\"", "draft.md:3:", "place \"Алматы\"",
                "draft.md:5:", "place \"Olmaotada\"", "draft.md:7:", "place \"Алматыда\"", "(eternal-friendship-1998)");
    }

    @Test
    void unconfirmedClaimsAreListedOnlyWhenAsked() {
        assertThat(CliResult.run("check", DIR + "essay-kk.txt")).outDoesNotContain("Unconfirmed:");
        assertThat(CliResult.run("check", DIR + "essay-kk.txt", "--unconfirmed")).outContains("Unconfirmed:")
                .outContains("1992 ж. 9-қазанда").outDoesNotContain("Confirmed:");
    }

    @Test
    void badInputIsOneClearLine(@TempDir Path dir) throws Exception {
        assertThat(CliResult.run("check", dir.resolve("missing.md").toString())).failedWith(2).errContains("no such file");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 treaty".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(CliResult.run("check", latin1.toString())).failedWith(2).errContains("is not UTF-8 text");
        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {1, 2, 0, 3});
        assertThat(CliResult.run("check", binary.toString())).failedWith(2).errContains("looks like a binary file");
        assertThat(CliResult.run("check", dir.toString())).failedWith(2).errContains("is a folder");
        assertThat(CliResult.run("check", DIR + "draft-en.md", "--format", "xml")).failedWith(2).errContains("'xml' is not a check format");
    }

    @Test
    void jsonForEditors() throws Exception {
        JsonNode report = JSON.readTree(CliResult.run("check", DIR + "draft-ru.md", "--format", "json").out());
        assertThat(report.get("contradictions").asInt()).isEqualTo(4);
        JsonNode first = report.get("findings").get(0);
        assertThat(first.get("kind").asText()).isEqualTo("known-error");
        assertThat(first.get("line").asInt()).isEqualTo(9);
        assertThat(first.get("record").asText()).isEqualTo("trilateral-eternal-friendship-1997");
        assertThat(first.get("sources").get(0).asText()).isEqualTo("rferl-1997-01-10");
    }
}
