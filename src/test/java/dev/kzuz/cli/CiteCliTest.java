package dev.kzuz.cli;

import static dev.kzuz.cli.CliResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cite, sources and --cite through the real command line. */
class CiteCliTest {

    /** Footnote labels referenced and defined in a Markdown text, as a Markdown parser reads them. */
    record Footnotes(List<String> references, Map<String, Integer> definitions) {
        static Footnotes of(String markdown) {
            Node doc = Parser.builder().extensions(List.of(FootnotesExtension.create())).build().parse(markdown);
            List<String> refs = new ArrayList<>();
            Map<String, Integer> defs = new HashMap<>();
            doc.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomNode node) {
                    if (node instanceof FootnoteReference r) {
                        refs.add(r.getLabel());
                    }
                    visitChildren(node);
                }

                @Override
                public void visit(CustomBlock block) {
                    if (block instanceof FootnoteDefinition d) {
                        defs.merge(d.getLabel(), 1, Integer::sum);
                    }
                    visitChildren(block);
                }
            });
            return new Footnotes(refs, defs);
        }
    }

    @Test
    void citeWritesASentenceWithFootnotesDefinedOnce() {
        CliResult r = CliResult.run("cite", "trilateral-eternal-friendship-1997", "--style", "apa");
        assertThat(r).succeeded().outContains(
                "\\[Treaty of Eternal Friendship between Kazakhstan, Kyrgyzstan and Uzbekistan\\] was signed in Bishkek on 10 January 1997 by Kazakhstan, Kyrgyzstan and Uzbekistan.[^",
                "[^rferl-1997-01-10]", "Sources disagree on the date: 10 March 1997 (rejected).[^essay-kk]",
                "[^rferl-1997-01-10]: Central Asia: Three Presidents Sign Friendship Treaty. (1997, January 10). RFE/RL. <https://rferl.org/amp/1083236.html>");
        Footnotes f = Footnotes.of(r.out());
        assertThat(f.references()).isNotEmpty();
        assertThat(f.definitions().keySet()).containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(f.references()));
    }

    @Test
    void citeInRussianAndKazakhUsesGostByDefault() {
        assertThat(CliResult.run("cite", "eternal-friendship-1998", "--lang", "ru")).succeeded()
                .outContains("дата подписания — 31 октября 1998 г., место подписания — Ташкент", "(дата обращения: 25.11.2026)");
        assertThat(CliResult.run("cite", "eternal-friendship-1998", "--lang", "kk")).succeeded()
                .outContains("\\[Қазақстан мен Өзбекстан арасындағы мәңгілік достық туралы шарт\\]: қол қойылған күні — 1998 жылғы 31 қазан", "қаралған күні");
        // An official title in the language's quotes, a descriptive one (our wording) in brackets, as GOST writes it.
        assertThat(CliResult.run("cite", "eternal-friendship-1998", "--lang", "ru")).succeeded()
                .outContains("«Договор о вечной дружбе между Республикой Казахстан и Республикой Узбекистан»: дата подписания");
    }

    @Test
    void aDraftAssembledFromSeveralCiteOutputsDefinesEveryFootnoteOnce(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("essay.md");
        Files.writeString(draft, "# My essay\n\nSome text of my own.\n");
        assertThat(CliResult.run("cite", "trilateral-eternal-friendship-1997", "--into", draft.toString()))
                .succeeded().outContains("appended 1 paragraph(s)");
        assertThat(CliResult.run("cite", "cadb", "eternal-friendship-1998", "--into", draft.toString()))
                .succeeded().outContains("appended 2 paragraph(s)");
        CliResult again = CliResult.run("cite", "trilateral-eternal-friendship-1997", "--into", draft.toString());
        assertThat(again).succeeded().outContains("and 0 footnote(s)");
        assertThat(CliResult.run("cite", "csto", "--into", draft.toString(), "--lang", "kk"))
                .succeeded().outContains("файлына қосылды: абзац — 1, төменгі сілтеме — ");
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# My essay\n\nSome text of my own.\n\n");
        Footnotes f = Footnotes.of(text);
        assertThat(f.references()).contains("essay-kk", "rferl-1997-01-10", "zakonpravo-cabcd-1997");
        assertThat(f.definitions()).allSatisfy((label, count) -> assertThat(count).as(label).isEqualTo(1));
        assertThat(f.definitions().keySet()).containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(f.references()));
    }

    @Test
    void aCrlfDraftGetsCrlfLinesAndStaysPureCrlf(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("essay.md");
        Files.writeString(draft, "# My essay\r\n\r\nSome text of my own.\r\n");
        assertThat(CliResult.run("cite", "cadb", "--into", draft.toString())).succeeded();
        assertThat(CliResult.run("cite", "eternal-friendship-1998", "--into", draft.toString())).succeeded();
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# My essay\r\n\r\nSome text of my own.\r\n\r\n").endsWith("\r\n").doesNotContain("\r\r");
        assertThat(text.replace("\r\n", "")).as("no line ends in LF alone").doesNotContain("\n", "\r");
        assertThat(Footnotes.of(text).definitions()).allSatisfy((label, count) -> assertThat(count).as(label).isEqualTo(1));
    }

    @Test
    void aDraftThatIsNotUtf8IsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("essay.md");
        byte[] latin1 = "# Caf\u00e9 essay\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(draft, latin1);
        assertThat(CliResult.run("cite", "cadb", "--into", draft.toString())).failedWith(2)
                .errContains("--into: " + draft + " is not UTF-8 text; it was left unchanged");
        assertThat(Files.readAllBytes(draft)).isEqualTo(latin1);
        Path binary = Files.write(dir.resolve("essay.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(CliResult.run("cite", "cadb", "--into", binary.toString())).failedWith(2).errContains("looks like a binary file");
        assertThat(Files.readAllBytes(binary)).containsExactly('P', 'K', 3, 4, 0, 0);
    }

    @Test
    void whatIsNoDraftIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        Path huge = dir.resolve("huge.md");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(DraftAppender.MAX_BYTES + 1L);
        }
        Map<String, String> says = Map.of("/dev/full", "--into: /dev/full is not a regular file (a device, a pipe or a socket)",
                fifo.toString(), "--into: " + fifo + " is not a regular file",
                folder.toString(), "--into: " + folder + " is a folder, not a file",
                huge.toString(), "--into: " + huge + " is larger than 64 MiB");
        says.forEach((file, message) -> {
            CliResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> CliResult.run("cite", "cadb", "--into", file));
            assertThat(r).failedWith(2).errContains(message);
        });
        assertThat(Files.size(huge)).isEqualTo(DraftAppender.MAX_BYTES + 1L);
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()).sorted()).containsExactly("drafts", "fifo.md", "huge.md");
        }
    }

    @Test
    void aDraftNamedWithTerminalEscapesIsConfirmedWithoutThem(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("essay\u001b]0;owned\u0007\u001b[31m.md");
        CliResult r = CliResult.run("cite", "cadb", "--into", draft.toString());
        assertThat(r).succeeded().outContains("to " + dir + "/essay]0;owned[31m.md").outDoesNotContain("\u001b", "\u0007");
        assertThat(Files.readString(draft)).contains("Central Asian Bank for Cooperation and Development");
    }

    @Test
    void aDraftBehindASymbolicLinkIsUpdatedAndTheLinkKept(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("thesis")).resolve("essay.md"), "# My essay\n");
        Path link = Files.createSymbolicLink(dir.resolve("essay.md"), Path.of("thesis/essay.md"));
        assertThat(CliResult.run("cite", "cadb", "--into", link.toString())).succeeded();
        assertThat(link).isSymbolicLink();
        assertThat(Files.readString(real)).startsWith("# My essay\n\n\\[Central Asian Bank");
    }

    @Test
    void twoRunsAtOnceOnOneDraftEachDefineWhatTheOtherLacks(@TempDir Path dir) throws Exception {
        // In one JVM (the shell, these tests) the runs take turns before the file lock, which
        // the JVM lets one holder take at a time; SafeWritesProcessTest has two processes.
        Path draft = Files.writeString(dir.resolve("essay.md"), "# My essay\n");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            var first = pool.submit(() -> {
                start.await();
                return CliResult.run("cite", "cadb", "eternal-friendship-1998", "--into", draft.toString());
            });
            var second = pool.submit(() -> {
                start.await();
                return CliResult.run("cite", "trilateral-eternal-friendship-1997", "eternal-friendship-1998", "--into", draft.toString());
            });
            start.countDown();
            assertThat(first.get(60, java.util.concurrent.TimeUnit.SECONDS)).succeeded();
            assertThat(second.get(60, java.util.concurrent.TimeUnit.SECONDS)).succeeded();
        } finally {
            pool.shutdownNow();
        }
        String text = Files.readString(draft);
        assertThat(text).contains("Central Asian Bank for Cooperation", "Treaty of Eternal Friendship between Kazakhstan, Kyrgyzstan");
        Footnotes f = Footnotes.of(text);
        assertThat(f.definitions()).allSatisfy((label, count) -> assertThat(count).as(label).isEqualTo(1));
        assertThat(f.definitions().keySet()).containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(f.references()));
    }

    @Test
    void pandocModeCitesKeysThatTheExportedBibliographyHas() throws Exception {
        CliResult cite = CliResult.run("cite", "eternal-friendship-1998", "--pandoc");
        assertThat(cite).succeeded().outContains(" [@adilet-p990000287; ", "; @timesca-nazarbayev-samarkand-2016].")
                .outDoesNotContain("[^", "@essay-kk", "@zakonpravo-allied-treaty-ratification");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                CliResult.run("sources", "eternal-friendship-1998", "--format", "csl-json").out());
        List<String> ids = new ArrayList<>();
        json.forEach(n -> ids.add(n.get("id").asText()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@([a-z0-9-]+)").matcher(cite.out());
        while (m.find()) {
            assertThat(ids).contains(m.group(1));
        }
    }

    @Test
    void listsCiteWithFootnotesOnlyInMarkdown() {
        CliResult r = CliResult.run("treaties", "--since", "1997", "--until", "1997", "--cite", "--style", "chicago");
        assertThat(r).succeeded().outContains("| [^rferl-1997-01-10][^jamestown-1997-01-new-stage] |", "date 10 March 1997 (rejected, [^essay-kk])",
                "[^rferl-1997-01-10]: RFE/RL. “Central Asia: Three Presidents Sign Friendship Treaty,” January 10, 1997.");
        Footnotes f = Footnotes.of(r.out());
        assertThat(f.definitions().keySet()).containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(f.references()));
        assertThat(CliResult.run("treaties", "--cite", "--format", "table")).failedWith(2).errContains("--cite needs Markdown output");
        assertThat(CliResult.run("institution", "cadb", "--cite")).succeeded().outContains("Sources: [^zakonpravo-cabcd-1997]");
    }

    @Test
    void sourcesExportAndErrors() {
        assertThat(CliResult.run("sources", "tokayev-2000", "--lang", "ru")).succeeded()
                .outContains("1. Токаев К.К. Внешняя политика Казахстан в условиях глобализации. Алматы, 2000. 584 с.");
        assertThat(CliResult.run("sources", "tokayev-2000", "--format", "ris")).succeeded().outContains("TY  - BOOK", "ER  - ");
        assertThat(CliResult.run("sources", "--format", "docx")).failedWith(2).errContains("'docx' is not a bibliography format");
        assertThat(CliResult.run("sources", "tokayev-2001x")).failedWith(3).errContains("did you mean 'tokayev-2001'");
        assertThat(CliResult.run("cite", "cadbx")).failedWith(3).errContains("no record 'cadbx' to cite — did you mean 'cadb'");
        assertThat(CliResult.run("cite", "cadb", "--style", "mla")).failedWith(2).errContains("'mla' is not a citation style");
    }

    @org.junit.jupiter.api.Test
    void anUnansweredEssayClaimIsUnconfirmedNotADisagreement() {
        CliResult r = CliResult.run("cite", "cadb");
        org.assertj.core.api.Assertions.assertThat(r.out())
                .contains("Not confirmed by other sources (seat): Almaty.[^essay-kk]")
                .doesNotContain("Sources disagree on the seat");
        org.assertj.core.api.Assertions.assertThat(CliResult.run("cite", "trilateral-eternal-friendship-1997").out())
                .contains("Sources disagree on the date: 10 March 1997 (rejected).[^essay-kk]");
    }
}
