package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names as of their date, through the real command line: a record shows the name its place
 * bore on the record's date, with today's beside it where they differ; JSON keeps the place id;
 * search and check know a place by every name it bore. Bodies renamed while they stood come
 * from an overlay (the bundled institutions carry no earlier names yet).
 */
class FormerNamesCliTest {
    private static final String BODIES = "src/test/resources/former-names-kb";

    @Test
    void anEventShowsThePlaceNameOfItsDateWithTodaysBeside() {
        assertThat(CliResult.run("event", "zhambyl-interstate-council-1995", "--lang", "kk")).succeeded()
                .outContains("**Орны:** Жамбыл (қазіргі Тараз)\n");
        assertThat(CliResult.run("event", "zhambyl-interstate-council-1995", "--lang", "ru")).succeeded()
                .outContains("**Место:** Жамбыл (ныне Тараз)\n");
        assertThat(CliResult.run("event", "akmola-summit-1997")).succeeded().outContains("**Place:** Akmola (now Astana)\n");
        assertThat(CliResult.run("event", "akmola-summit-1997", "--lang", "kk")).succeeded()
                .outContains("**Орны:** Ақмола (қазіргі Астана)\n");
    }

    @Test
    void aRecordOfTheNurSultanYearsSaysNurSultanAndOneAfterThemSaysAstanaAlone() {
        assertThat(CliResult.run("event", "mirziyoyev-state-visit-2021", "--lang", "kk")).succeeded()
                .outContains("**Орны:** Нұр-Сұлтан (қазіргі Астана)\n");
        assertThat(CliResult.run("treaty", "allied-declaration-2021", "--lang", "ru")).succeeded()
                .outContains("**Место:** Нур-Султан (ныне Астана)\n");
        assertThat(CliResult.run("event", "mirziyoyev-state-visit-2024", "--lang", "kk")).succeeded()
                .outContains("**Орны:** Астана\n").outDoesNotContain("қазіргі");
        // Between Akmola and Nur-Sultan the city was Astana already.
        assertThat(CliResult.run("treaty", "border-treaty-2001")).succeeded().outContains("**Place:** Astana\n");
    }

    @Test
    void aNameThatDidNotChangeInALanguageStandsAlone() {
        // Alma-Ata became Almaty in Russian and English; in Kazakh it was Алматы throughout.
        assertThat(CliResult.run("treaties", "--until", "1992-12", "--lang", "ru")).succeeded().outContains("Алма-Ата (ныне Алматы)");
        assertThat(CliResult.run("treaties", "--until", "1992-12", "--lang", "kk")).succeeded()
                .outContains("| Алматы |").outDoesNotContain("қазіргі");
        assertThat(CliResult.run("treaties", "--until", "1992-12")).succeeded().outContains("Alma-Ata (now Almaty)");
    }

    @Test
    void citeNamesTheFoundingPlaceAsOfTheFoundingDate() {
        assertThat(CliResult.run("cite", "council-of-defence-ministers", "--lang", "ru")).succeeded()
                .outContains("дата основания — 15 декабря 1995 г., место — Жамбыл (ныне Тараз);");
        assertThat(CliResult.run("cite", "council-of-defence-ministers", "--lang", "kk")).succeeded()
                .outContains("құрылған жері — Жамбыл (қазіргі Тараз)");
        assertThat(CliResult.run("cite", "council-of-defence-ministers")).succeeded()
                .outContains("founded on 15 December 1995 in Zhambyl (now Taraz);");
        assertThat(CliResult.run("cite", "canwfz-2006", "--lang", "ru")).succeeded().outContains("место подписания — Семипалатинск (ныне Семей);");
        assertThat(CliResult.run("cite", "dashoguz-statement-1995")).succeeded().outContains(" in Dashkhovuz (now Dashoguz) on 3 March 1995");
    }

    @Test
    void theTimelineNamesEachPlaceAsOfItsItem() {
        CliResult kk = CliResult.run("timeline", "--since", "1997-12", "--until", "1997-12", "--lang", "kk");
        assertThat(kk).succeeded().outContains("[Орталық Азия одағының Ақмоладағы саммиті], Ақмола (қазіргі Астана).");
        CliResult json = CliResult.run("timeline", "--since", "2021-12", "--until", "2021-12", "--format", "json");
        assertThat(json).succeeded().outContains("\"place\": \"Nur-Sultan (now Astana)\"");
    }

    @Test
    void jsonKeepsThePlaceIdAndThePlaceItsEarlierNames() {
        CliResult r = CliResult.run("event", "akmola-summit-1997", "--format", "json");
        assertThat(r).succeeded().outContains("\"place\": \"astana\"").outDoesNotContain("Akmola (now");
    }

    @Test
    void searchFindsARecordByThePlaceNameOfItsDay() {
        assertThat(firstId(CliResult.run("search", "Акмола", "--format", "csv"))).isEqualTo("akmola-summit-1997");
        assertThat(firstId(CliResult.run("search", "Семипалатинск", "--format", "csv"))).isEqualTo("canwfz-2006");
        assertThat(CliResult.run("search", "Нұр-Сұлтан 2021")).succeeded().outContains("mirziyoyev-state-visit-2021");
    }

    private static String firstId(CliResult r) {
        assertThat(r).succeeded();
        return r.out().lines().skip(1).findFirst().orElseThrow().split(",")[0];
    }

    @Test
    void checkKnowsAPlaceByTheNameOfTheRecordsDayAndByTodays(@TempDir Path dir) throws Exception {
        // The day and a place the 1995 session had speak for it; "Жамбыл" is now only an earlier
        // name of Taraz, not an alias. Another place on that day is no such evidence.
        Path draft = Files.writeString(dir.resolve("draft.md"),
                "1995 жылғы 15 желтоқсанда Жамбылда Мемлекетаралық кеңестің отырысы өтті.\n\n"
                + "1995 жылғы 15 желтоқсанда Таразда Мемлекетаралық кеңестің отырысы өтті.\n\n"
                + "1995 жылғы 15 желтоқсанда Шымкентте Мемлекетаралық кеңестің отырысы өтті.\n\n"
                + "1997 жылғы желтоқсанда Ақмолада Орталық Азиялық Одақтың саммиті өтті.\n\n"
                + "1997 жылғы желтоқсанда Астанада Орталық Азиялық Одақтың саммиті өтті.\n");
        CliResult r = CliResult.run("check", draft.toString(), "--all", "--format", "json");
        assertThat(r).exitCode(5).outContains("\"contradictions\" : 1");
        assertThat(r.out().split("\"record\" : \"zhambyl-interstate-council-1995\"", -1)).hasSize(3);
        assertThat(r.out()).contains("\"line\" : 1,").contains("\"line\" : 3,").contains("\"line\" : 5,")
                .doesNotContain("\"line\" : 7,").doesNotContain("\"line\" : 9,");
    }

    @Test
    void aBodyRenamedWhileItStoodShowsItsEarlierNamesAndTheNameOfEachDate() {
        assertThat(CliResult.run("institution", "fixture-community", "--kb", BODIES, "--lang", "ru")).succeeded()
                .outContains("**Прежние названия:** Союз (тест) (–1998-07-17)\n");
        CliResult founded = CliResult.run("timeline", "--kb", BODIES, "--type", "institution", "--since", "1994-07-08", "--until", "1994-07-08");
        assertThat(founded).succeeded().outContains("Fixture Union (later Fixture Economic Community): founded.");
        CliResult dissolved = CliResult.run("timeline", "--kb", BODIES, "--type", "institution", "--since", "2002-02-28", "--until", "2002-02-28");
        assertThat(dissolved).succeeded().outContains("Fixture Economic Community: dissolved.").outDoesNotContain("Fixture Union");
        // A body that still stands is "now" so called, not "later".
        CliResult joined = CliResult.run("timeline", "--kb", BODIES, "--type", "institution", "--since", "1995-12", "--until", "1995-12");
        assertThat(joined).succeeded().outContains(
                "Fixture Organisation of the Conference (now Fixture Organisation of Cooperation): Kazakhstan becomes a member.");
        assertThat(CliResult.run("cite", "fixture-community", "--kb", BODIES, "--lang", "ru")).succeeded()
                .outContains("«Союз (тест)» (впоследствии «Экономическое сообщество (тест)»): дата основания — 8 июля 1994 г., место — Алматы;");
        assertThat(CliResult.run("search", "Fixture Organisation of the Conference", "--kb", BODIES)).succeeded()
                .outContains("| fixture-cooperation |");
    }
}
