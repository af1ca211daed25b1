package dev.kzuz.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * An SVG as a test compares it: how many elements of each kind, the data marks by class and
 * id, and each text with where it stands. Two drawings of the same data match when these agree,
 * positions within a tolerance, whatever the bytes (fonts and number formatting differ between
 * JDKs).
 */
public record SvgShape(Map<String, Integer> elements, List<String> marks, List<Text> texts) {
    public record Text(String text, double x, double y) {
    }

    public static SvgShape of(String svg) {
        Document doc = parse(svg);
        Map<String, Integer> elements = new TreeMap<>();
        NodeList all = doc.getElementsByTagName("*");
        List<String> marks = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            elements.merge(e.getTagName(), 1, Integer::sum);
            if (e.getTagName().equals("g") && !e.getAttribute("class").isEmpty()) {
                marks.add(e.getAttribute("class") + " #" + e.getAttribute("id"));
            }
            if (e.getTagName().equals("text")) {
                texts.add(new Text(e.getTextContent(), number(e.getAttribute("x")), number(e.getAttribute("y"))));
            }
        }
        return new SvgShape(elements, marks, texts);
    }

    /** The marks of one class ("bar", "member", "item"), by the first word of their class. */
    public List<String> marks(String kind) {
        return marks.stream().filter(m -> m.startsWith(kind + " ") || m.startsWith(kind + "#")).toList();
    }

    public List<String> textContents() {
        return texts.stream().map(Text::text).toList();
    }

    /** Asserts the same elements, marks and texts as the golden file's SVG, each text within {@code tolerance} of its place. */
    public static void assertMatchesGolden(Path golden, String svg, double tolerance) {
        try {
            if (Golden.UPDATE || !Files.exists(golden)) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, svg, StandardCharsets.UTF_8);
                if (!Golden.UPDATE) {
                    throw new AssertionError("golden file was missing and has been written: " + golden + "; check it and run again");
                }
            }
            SvgShape want = of(Files.readString(golden, StandardCharsets.UTF_8));
            SvgShape got = of(svg);
            assertThat(got.elements()).as("element counts against %s", golden).isEqualTo(want.elements());
            assertThat(got.marks()).as("data marks against %s", golden).isEqualTo(want.marks());
            assertThat(got.textContents()).as("texts against %s", golden).isEqualTo(want.textContents());
            for (int i = 0; i < want.texts().size(); i++) {
                Text w = want.texts().get(i);
                Text g = got.texts().get(i);
                assertThat(Math.abs(g.x() - w.x())).as("x of '%s' against %s", w.text(), golden).isLessThanOrEqualTo(tolerance);
                assertThat(Math.abs(g.y() - w.y())).as("y of '%s' against %s", w.text(), golden).isLessThanOrEqualTo(tolerance);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SVG drawn by a real renderer (Apache Batik) as PNG bytes. */
    public static byte[] rendered(String svg) {
        try {
            PNGTranscoder png = new PNGTranscoder();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            png.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
            return out.toByteArray();
        } catch (org.apache.batik.transcoder.TranscoderException e) {
            throw new AssertionError("Batik could not render the SVG: " + e.getMessage(), e);
        }
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }
}
