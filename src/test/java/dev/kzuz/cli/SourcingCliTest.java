package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the bundled records say about their own standing, through the real command line: a body
 * whose end no source gives is "last recorded", never shown as still existing; a treaty and the
 * organisation founded on it are two records with two dates; validate reports how well sourced
 * the knowledge base is.
 */
class SourcingCliTest {

    @Test
    void aBodyLastRecordedShowsTheDateAndAnUnknownEndInEveryLanguage() {
        assertThat(CliResult.run("institution", "centrasbat")).succeeded()
                .outContains("**Last recorded:** September 2000 (later fate unknown)\n")
                .outContains("| Kazakhstan | member | 1996-05-06 | ? |");
        assertThat(CliResult.run("institution", "centrasbat", "--lang", "kk")).succeeded()
                .outContains("**Соңғы дерек:** 2000 жылғы қыркүйек (кейінгі тағдыры белгісіз)\n");
        assertThat(CliResult.run("institution", "council-of-defence-ministers", "--lang", "ru")).succeeded()
                .outContains("**Последние сведения:** январь 1997");
    }

    @Test
    void citingABodyLastRecordedSaysSoInsteadOfMemberSince() {
        assertThat(CliResult.run("cite", "centrasbat")).succeeded()
                .outContains("Kazakhstan: member from 6 May 1996; Uzbekistan: member from 6 May 1996; last recorded September 2000")
                .outDoesNotContain("member since");
        assertThat(CliResult.run("cite", "centrasbat", "--lang", "kk")).succeeded()
                .outContains("Өзбекстан 1996 жылғы 6 мамырдан бастап мүше болды; соңғы дерек — 2000 жылғы қыркүйек");
        assertThat(CliResult.run("cite", "centrasbat", "--lang", "ru")).succeeded()
                .outContains("последние сведения — сентябрь 2000");
        // A body that still exists keeps its plain standing.
        assertThat(CliResult.run("cite", "sco")).succeeded().outDoesNotContain("last recorded");
    }

    @Test
    void theListEndsAnOpenMembershipOfABodyLastRecordedInAQuestionMark() {
        assertThat(CliResult.run("institutions", "--format", "md")).succeeded()
                .outContains("| member 1996-05-06–? | member 1996-05-06–? |");
    }

    @Test
    void jsonGivesTheLastRecordedDate() {
        assertThat(CliResult.run("institution", "centrasbat", "--format", "json")).succeeded()
                .outContains("\"last_recorded\": \"2000-09\"");
        assertThat(CliResult.run("institution", "sco", "--format", "json")).succeeded()
                .outDoesNotContain("last_recorded");
    }

    @Test
    void theCollectiveSecurityTreatyAndTheOrganisationFoundedOnItAreTwoRecords() {
        assertThat(CliResult.run("treaty", "collective-security-treaty-1992")).succeeded()
                .outContains("**Date:** 15 May 1992").outContains("**Place:** Tashkent");
        assertThat(CliResult.run("institution", "csto")).succeeded()
                .outContains("**Founded:** 7 October 2002, Chisinau\n")
                .outContains("(collective-security-treaty-1992)");
        assertThat(CliResult.run("institution", "csto", "--lang", "kk")).succeeded()
                .outContains("2002 жылғы 7 қазан, Кишинёв");
    }

    @Test
    void checkTakesTheTreatyDateForTheTreatyAndTheCharterDateForTheOrganisation(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("draft.md");
        Files.writeString(draft, "The Collective Security Treaty was signed in Tashkent on 15 May 1992.\n\n"
                + "The Collective Security Treaty Organization was founded in 2002.\n");
        assertThat(CliResult.run("check", draft.toString())).exitCode(0);
        Files.writeString(draft, "The Collective Security Treaty Organization was founded in 1995.\n");
        assertThat(CliResult.run("check", draft.toString())).exitCode(5).outContains("csto");
    }

    @Test
    void validateCoverageReportsHowWellSourcedTheKnowledgeBaseIs() {
        CliResult r = CliResult.run("validate", "--coverage");
        assertThat(r).succeeded();
        assertThat(r.out()).containsPattern("sources described: +\\d+ of \\d+ have no published title")
                .containsPattern("resting on copies: +\\d+ records whose only source beyond the essay is a wiki mirror or aggregator")
                .containsPattern("official portals: +records citing an official legal database: \\d+ of \\d+ treaties");
    }

    @Test
    void citingAnUnconfirmedRecordSaysThatNoIndependentSourceConfirmsIt() {
        assertThat(CliResult.run("cite", "military-security-bishkek-1992")).succeeded()
                .outContains("No independent public source confirms this.");
        assertThat(CliResult.run("cite", "friendship-1992", "--lang", "kk")).succeeded()
                .outContains("Мұны растайтын тәуелсіз ашық дереккөз жоқ.");
        assertThat(CliResult.run("cite", "military-security-bishkek-1992", "--lang", "ru")).succeeded()
                .outContains("Независимых открытых источников, подтверждающих это, нет.");
        assertThat(CliResult.run("cite", "eternal-friendship-1998")).succeeded()
                .outDoesNotContain("No independent public source");
    }

    @Test
    void tradeSaysWhichYearsHaveNoFigureFromASidesStatisticsOffice() {
        CliResult r = CliResult.run("trade", "--since", "2022", "--until", "2024", "--format", "md");
        assertThat(r).exitCode(0).errContains("kzuz: note: years with no full-year figure from Kazakhstan's statistics office — 2022–2024")
                .errDoesNotContain("Uzbekistan's statistics office");
        assertThat(CliResult.run("trade", "--since", "2021", "--until", "2022", "--lang", "kk", "--format", "md")).exitCode(0)
                .errContains("Өзбекстанның статистика органының толық жылдық дерегі жоқ жылдар — 2021");
        // The note goes to stderr: piped Markdown stays a table.
        assertThat(r.out()).doesNotContain("statistics office");
    }
}
