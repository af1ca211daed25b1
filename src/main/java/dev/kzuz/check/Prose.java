package dev.kzuz.check;

import dev.kzuz.model.Catalogue;
import dev.kzuz.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The prose of a Markdown draft, found by a CommonMark parser: the text of its paragraphs,
 * headings and list items, with everything else blanked and every offset kept, so a finding
 * still names its line. Not prose: fenced code, HTML, tables, footnote definitions and marks,
 * link targets, front matter, and what kzuz writes as a record rather than as claims (its numbered
 * reference list, the fields of a record card, the lists of conflicting claims and of sources).
 */
final class Prose {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(FootnotesExtension.create(), TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** The bold labels kzuz puts over a list's conflicting claims and over its sources, in every language. */
    private static final List<String> REPORT_LABELS = reportLabels();

    /** The text with only its prose left (other characters are spaces, line breaks kept) and where each block ends. */
    record Result(String text, TreeSet<Integer> blockEnds) {
    }

    private Prose() {
    }

    static Result of(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text.charAt(i) == '\n' ? '\n' : ' ';
        }
        TreeSet<Integer> blockEnds = new TreeSet<>();
        int start = frontMatterEnd(text);
        String body = text.substring(start);
        Node document = PARSER.parse(body);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                for (SourceSpan span : t.getSourceSpans()) {
                    copy(span);
                }
            }

            private void copy(SourceSpan span) {
                int from = start + span.getInputIndex();
                for (int i = from; i < from + span.getLength() && i < out.length; i++) {
                    out[i] = text.charAt(i);
                }
            }

            @Override
            public void visit(Paragraph p) {
                end(p);
                visitChildren(p);
            }

            @Override
            public void visit(Heading h) {
                end(h);
                visitChildren(h);
            }

            @Override
            public void visit(ListItem item) {
                end(item);
                if (!isCardField(item)) {
                    visitChildren(item);
                }
            }

            @Override
            public void visit(OrderedList list) {
                if (!isReferenceList(list)) {
                    visitChildren(list);
                }
            }

            @Override
            public void visit(BulletList list) {
                if (!isReport(list)) {
                    visitChildren(list);
                }
            }

            // Not prose: code, HTML, tables and footnotes are left blank.
            @Override
            public void visit(Code code) {
            }

            @Override
            public void visit(HtmlInline html) {
            }

            @Override
            public void visit(HtmlBlock html) {
            }

            @Override
            public void visit(FencedCodeBlock code) {
            }

            /** Writers indent paragraphs (a tab, five spaces): an indented block is read as prose, kzuz writes no such code. */
            @Override
            public void visit(IndentedCodeBlock indented) {
                for (SourceSpan span : indented.getSourceSpans()) {
                    copy(span);
                }
                end(indented);
            }

            @Override
            public void visit(CustomBlock block) {
                // Tables and footnote definitions: data and references, not claims.
            }

            private void end(Block b) {
                List<SourceSpan> spans = b.getSourceSpans();
                if (!spans.isEmpty()) {
                    SourceSpan last = spans.get(spans.size() - 1);
                    blockEnds.add(start + last.getInputIndex() + last.getLength());
                }
            }
        });
        return new Result(new String(out), blockEnds);
    }

    /** YAML front matter ("---" … "---" at the very start), which pandoc reads as metadata. */
    private static int frontMatterEnd(String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return 0;
        }
        int at = text.indexOf('\n') + 1;
        while (at < text.length()) {
            int next = text.indexOf('\n', at);
            String line = (next < 0 ? text.substring(at) : text.substring(at, next)).strip();
            if (line.equals("---") || line.equals("...")) {
                return next < 0 ? text.length() : next + 1;
            }
            if (next < 0) {
                break;
            }
            at = next + 1;
        }
        return 0;
    }

    /** kzuz's numbered reference list: entries ending in "<!-- kzuz:ID -->". */
    private static boolean isReferenceList(OrderedList list) {
        Node item = list.getFirstChild();
        Node last = item == null || item.getFirstChild() == null ? null : item.getFirstChild().getLastChild();
        return last instanceof HtmlInline html && html.getLiteral().startsWith("<!-- kzuz:");
    }

    /** A field of the record card kzuz writes for one record: "- **Label:** value". */
    private static boolean isCardField(ListItem item) {
        Node first = item.getFirstChild() == null ? null : item.getFirstChild().getFirstChild();
        return first instanceof StrongEmphasis strong && strong.getLastChild() instanceof Text t && t.getLiteral().endsWith(":");
    }

    /** The list under kzuz's conflicting-claims or sources label. */
    private static boolean isReport(BulletList list) {
        return list.getPrevious() instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis strong
                && strong.getNext() == null && strong.getFirstChild() instanceof Text t && REPORT_LABELS.contains(t.getLiteral());
    }

    private static List<String> reportLabels() {
        List<String> out = new ArrayList<>();
        for (Lang lang : Catalogue.LANGUAGES) {
            out.add(Catalogue.of(lang).get("conflicts"));
            out.add(Catalogue.of(lang).get("sources"));
        }
        return List.copyOf(out);
    }
}
