package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line, in-process, over the bundled knowledge base. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void treatiesSince1994AreInDateOrderAndNoneIsEarlier() throws Exception {
        CliResult r = CliResult.run("treaties", "--since", "1994", "--format", "json");
        assertThat(r).succeeded();
        JsonNode list = JSON.readTree(r.out());
        assertThat(list.size()).isGreaterThan(20);
        List<String> dates = new ArrayList<>();
        list.forEach(t -> dates.add(t.get("date").asText()));
        assertThat(dates).isSorted().allSatisfy(d -> assertThat(d.substring(0, 4).compareTo("1994")).isGreaterThanOrEqualTo(0));
        assertThat(dates).doesNotContain("1992-06-24");
    }

    @Test
    void partyFilterKeepsOnlyRecordsWithEveryParty() throws Exception {
        CliResult r = CliResult.run("treaties", "--since", "1994", "--until", "1998", "--party", "KG", "--format", "json");
        assertThat(r).succeeded();
        JsonNode list = JSON.readTree(r.out());
        assertThat(list.size()).isGreaterThan(3);
        list.forEach(t -> {
            assertThat(t.get("parties").toString()).contains("\"KG\"");
            assertThat(t.get("date").asText().substring(0, 4)).isBetween("1994", "1998");
        });
        assertThat(r.out()).contains("trilateral-eternal-friendship-1997").doesNotContain("\"eternal-friendship-1998\"");
    }

    @Test
    void markdownIsAPipeTableThatAMarkdownParserReadsWithTheSourcesListed() {
        CliResult r = CliResult.run("treaties", "--since", "1998", "--until", "1998");
        assertThat(r).succeeded().outContains("**Sources**", "`essay-kk`");
        Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(r.out());
        List<String> headerCells = new ArrayList<>();
        int[] tables = {0};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    tables[0]++;
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell cell && cell.isHeader() && cell.getFirstChild() instanceof Text t) {
                    headerCells.add(t.getLiteral());
                }
                visitChildren(node);
            }
        });
        assertThat(tables[0]).isEqualTo(1);
        assertThat(headerCells).containsExactly("Date", "Title", "Place", "Parties", "Kind", "Verdict", "Sources");
    }

    @Test
    void oneTreatyInFullShowsItsConflictAndSources() {
        assertThat(CliResult.run("treaty", "trilateral-eternal-friendship-1997", "--format", "md"))
                .succeeded()
                .outContains("## Treaty of Eternal Friendship between Kazakhstan, Kyrgyzstan and Uzbekistan",
                        "| Date | 10 March 1997 | rejected | essay-kk |", "Bishkek", "https://rferl.org/amp/1083236.html");
    }

    @Test
    void eternalFriendship1998IsTheIdTheReadmeShows() {
        assertThat(CliResult.run("treaty", "eternal-friendship-1998", "--format", "table"))
                .succeeded().outContains("31 October 1998", "Tashkent", "Verdict");
    }

    @Test
    void institutionInKazakhShowsKazakhTitleAndMembershipTable() {
        assertThat(CliResult.run("institution", "cadb", "--lang", "kk"))
                .succeeded()
                .outContains("## Орталық Азия ынтымақтастық және даму банкі", "### Мүшелік", "| Қазақстан | мүше |");
    }

    @Test
    void missingTranslationFallsBackToEnglishMarked(@TempDir Path dir) throws Exception {
        Path institutions = Files.createDirectories(dir.resolve("institutions"));
        Files.writeString(institutions.resolve("mine.yaml"), """
                - id: my-test-council
                  descriptive_title: {en: A council of my own}
                  kind: council
                  verdict: unconfirmed
                  sources: [essay-kk]
                """);
        assertThat(CliResult.run("institution", "my-test-council", "--lang", "ru", "--kb", dir.toString()))
                .succeeded().outContains("## A council of my own [en]", "**Вид:**");
    }

    @Test
    void eventsAndInstitutionsList() {
        assertThat(CliResult.run("events", "--since", "1992", "--until", "1995", "--format", "csv"))
                .succeeded().outContains("id,date,title", "diplomatic-relations-1992,1992-11-23");
        assertThat(CliResult.run("institutions", "--format", "csv")).succeeded().outContains("cadb,", "csto,");
    }

    @Test
    void validateReportsTheBundledKnowledgeBaseValid() {
        assertThat(CliResult.run("validate")).succeeded().outContains("ok: ", " treaties", "bundled knowledge base");
    }

    @Test
    void unknownIdSuggestsTheNearest() {
        CliResult r = CliResult.run("institution", "cadbx");
        assertThat(r).failedWith(3).errContains("kzuz: no institution 'cadbx' — did you mean 'cadb'");
    }

    @Test
    void anIdOfAnotherTypeSaysWhichCommandShowsIt() {
        assertThat(CliResult.run("treaty", "cadb")).failedWith(3)
                .errContains("kzuz: 'cadb' is an institution, not a treaty: try 'kzuz institution cadb'");
    }

    @Test
    void badValuesAreUsageErrorsOnOneLine() {
        assertThat(CliResult.run("treaties", "--since", "abc")).failedWith(2).errContains("'abc' is not a year");
        assertThat(CliResult.run("treaties", "--party", "XX")).failedWith(2).errContains("'XX' is not an ISO 3166-1");
        assertThat(CliResult.run("treaties", "--since", "2000", "--until", "1990")).failedWith(2).errContains("before --since");
        assertThat(CliResult.run("treaties", "--format", "docx")).failedWith(2).errContains("'docx' is not a format");
        assertThat(CliResult.run("treaties", "--lang", "fr")).failedWith(2).errContains("'fr' is not a language");
        assertThat(CliResult.run("treaties", "--kind", "pact")).failedWith(2).errContains("'pact' is not one of");
        assertThat(CliResult.run("treatis")).failedWith(2).errContains("unknown command 'treatis' — did you mean 'treaties'?");
        assertThat(CliResult.run("treaties", "--sinse", "1994")).failedWith(2).errContains("unknown option '--sinse'");
        assertThat(CliResult.run("treaty")).failedWith(2).errContains("Missing required parameter");
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertThat(CliResult.run()).succeeded().outContains("Usage: kzuz", "Exit codes:", "treaties");
    }

    @Test
    void aNarrowTerminalLosesColumnsBeforeIdsAreCut() {
        for (int width : new int[] {80, 60}) {
            CliResult r = CliResult.run(new App(new Terminal(true, () -> width)), "treaties", "--since", "1994", "--until", "1998", "--party", "KG");
            // At 80 columns every id stays whole; at 60 they cannot, but nothing overflows.
            assertThat(r).exitCode(0).outContains(width == 80 ? "trilateral-eternal-friendship-1997 " : "trilateral", "1997-01-10", "conflict");
            assertThat(r.out().lines().filter(l -> !l.startsWith("!"))).allSatisfy(l -> assertThat(dev.kzuz.render.Text.width(l)).isLessThanOrEqualTo(width));
            assertThat(r.out().lines().findFirst().orElseThrow()).doesNotContain("Place");
        }
    }

    @Test
    void helpCommandShowsASubcommandsUsage() {
        assertThat(CliResult.run("help", "treaties")).succeeded().outContains("Usage: kzuz treaties", "--since");
        assertThat(CliResult.run("help", "nope")).failedWith(2).errContains("'nope'");
    }

    @Test
    void theRootUsageListsTheCommandsAsPicocliDoesFromTheirModels() {
        // 'kzuz --help' lays the list out from KzuzCommand's table (RootHelp), without the models.
        java.io.StringWriter full = new java.io.StringWriter();
        java.io.PrintWriter none = new java.io.PrintWriter(new java.io.StringWriter());
        picocli.CommandLine all = Cli.commandLine(new App(new Terminal(false)), none, none, false);
        HelpText.use(all, dev.kzuz.model.Lang.EN);
        all.usage(new java.io.PrintWriter(full, true));
        assertThat(CliResult.run("--help").out()).isEqualTo(full.toString()).contains("  treaties  ", "  help  ");
        assertThat(CliResult.run().out()).isEqualTo(full.toString());
    }

    @Test
    void helpListsExitCodes() {
        assertThat(CliResult.run("treaties", "--help")).succeeded()
                .outContains("--since", "--party", "--format", "Exit codes:", "4   the knowledge base");
    }

    @Test
    void overlayRecordsJoinTheBundledOnesAndAreValidatedToo(@TempDir Path dir) throws Exception {
        Path treaties = Files.createDirectories(dir.resolve("treaties"));
        Files.writeString(treaties.resolve("mine.yaml"), """
                - id: my-test-treaty-2030
                  title: {en: A treaty of my own}
                  kind: treaty
                  date: '2030-01-01'
                  parties: [KZ, UZ]
                  verdict: unconfirmed
                  sources: [essay-kk]
                """);
        assertThat(CliResult.run("validate", "--kb", dir.toString())).succeeded();
        assertThat(CliResult.run("treaties", "--since", "2030", "--kb", dir.toString(), "--format", "csv"))
                .succeeded().outContains("my-test-treaty-2030");
        assertThat(CliResult.run("treaties", "--since", "2030", "--format", "csv")).succeeded()
                .outDoesNotContain("my-test-treaty-2030");
    }

    @Test
    void anInvalidOverlayListsEveryProblemWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path treaties = Files.createDirectories(dir.resolve("treaties"));
        Files.writeString(treaties.resolve("bad.yaml"), """
                - id: bad-one
                  title: {en: Bad}
                  kind: pact
                  date: '1998-13-01'
                  parties: [KZ]
                  verdict: confirmed
                  sources: [nope]
                """);
        CliResult v = CliResult.run("validate", "--kb", dir.toString());
        assertThat(v).exitCode(4).errContains("kzuz: 2 problem(s)");
        assertThat(v.out()).contains(treaties.resolve("bad.yaml") + ":3:3: 'kind' is 'pact'")
                .contains(treaties.resolve("bad.yaml") + ":4:9: 'date': '1998-13-01' is not a valid calendar date");
        assertThat(CliResult.run("treaties", "--kb", dir.toString())).exitCode(4).errContains("bad.yaml:3:3");
    }

    @Test
    void kbThatIsNotAFolderIsAUsageError(@TempDir Path dir) throws Exception {
        assertThat(CliResult.run("treaties", "--kb", dir.resolve("missing").toString())).failedWith(2).errContains("no such folder");
        Path file = Files.writeString(dir.resolve("file.yaml"), "x: 1\n");
        assertThat(CliResult.run("treaties", "--kb", file.toString())).failedWith(2).errContains("not a folder");
    }

    @Test
    void overlayFilesMayEndInYmlAndFoldersMayBeLinks(@TempDir Path dir) throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared/treaties"));
        Files.writeString(shared.resolve("linked.yaml"), """
                - id: linked-treaty-2031
                  title: {en: A treaty in a linked folder}
                  kind: treaty
                  date: '2031-01-01'
                  parties: [KZ, UZ]
                  verdict: unconfirmed
                  sources: [essay-kk]
                """);
        Path mine = Files.createDirectories(dir.resolve("mine/events"));
        Files.writeString(mine.resolve("short.yml"), """
                - id: yml-event-2031
                  title: {en: An event in a .yml file}
                  kind: summit
                  date: '2031-02-01'
                  parties: [KZ, UZ]
                  verdict: unconfirmed
                  sources: [essay-kk]
                """);
        Files.createSymbolicLink(dir.resolve("mine/treaties"), shared);
        String kb = dir.resolve("mine").toString();
        assertThat(CliResult.run("treaties", "--since", "2031", "--kb", kb)).exitCode(0).outContains("A treaty in a linked folder");
        assertThat(CliResult.run("events", "--since", "2031", "--kb", kb)).exitCode(0).outContains("An event in a .yml file");
    }

    @Test
    void anOverlayReplacingABundledRecordSaysSo(@TempDir Path dir) throws Exception {
        Path inst = Files.createDirectories(dir.resolve("institutions"));
        Files.writeString(inst.resolve("cadb.yaml"), """
                id: cadb
                title: {en: My own CADB record}
                kind: bank
                verdict: unconfirmed
                sources: [essay-kk]
                """);
        CliResult r = CliResult.run("institution", "cadb", "--kb", dir.toString(), "--format", "md");
        assertThat(r).exitCode(0).outContains("## My own CADB record").errContains("kzuz: note: ", "'cadb' replaces");
    }

    @Test
    void debugShowsTheStackTrace() {
        CliResult r = CliResult.run("institution", "cadbx", "--debug");
        assertThat(r).exitCode(3);
        assertThat(r.err()).contains("KzuzException", "\tat ");
    }

    @Test
    void emptyResultSaysSo() {
        assertThat(CliResult.run("treaties", "--since", "2090")).succeeded().outContains("No records match.");
    }

    @Test
    void headingsAreMarkdownHeadings() {
        Node doc = Parser.builder().build().parse(CliResult.run("institution", "csto").out());
        int[] headings = {0};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                headings[0]++;
            }
        });
        assertThat(headings[0]).isGreaterThanOrEqualTo(3);
    }

    @Test
    void claimsListsTheEssaysClaimsByVerdict() throws Exception {
        CliResult r = CliResult.run("claims", "--verdict", "conflict", "--format", "json");
        assertThat(r).succeeded();
        JsonNode list = JSON.readTree(r.out());
        assertThat(list.size()).isGreaterThanOrEqualTo(5);
        list.forEach(c -> assertThat(c.get("verdict").asText()).isEqualTo("conflict"));
        assertThat(r.out()).contains("\"essay-e11\"", "trilateral-eternal-friendship-1997");
        assertThat(CliResult.run("claims", "--format", "md")).succeeded()
                .outContains("| Code | Essay lines | The essay says | Verdict | Records | Sources |", "| E2 |");
        assertThat(CliResult.run("claims", "--verdict", "maybe")).failedWith(2).errContains("'maybe' is not a verdict");
    }

    @Test
    void coverageReportsEveryMeasure() {
        assertThat(CliResult.run("validate", "--coverage")).succeeded()
                .outContains("records by type:", "sources by kind:", "titles per language", "verdicts:",
                        "essay claims:", "essay coverage:");
    }
}
