package dev.kzuz.render.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.svg.SVGGraphics2D;

/**
 * A picture for an essay, drawn once on a Graphics2D and written as SVG (JFreeSVG, text as text,
 * so a reader can select and search it) or PNG. Only the commands that draw load these classes.
 */
public interface Picture {
    /**
     * The height to draw at {@code width}: {@code height}, more where labels need it, or (not
     * {@code exact}) what its rows take.
     */
    int heightFor(int width, int height, boolean exact);

    void draw(Graphics2D g, int width, int height);

    static String svg(Picture p, ChartSize size) {
        headless();
        int h = p.heightFor(size.width(), size.height(), size.exact());
        SVGGraphics2D g = new SVGGraphics2D(size.width(), h);
        // Ids from a fixed prefix, not the clock: the same data gives the same file.
        g.setDefsKeyPrefix("kzuz");
        Ink.prepare(g);
        p.draw(g, size.width(), h);
        return g.getSVGDocument() + "\n";
    }

    static byte[] png(Picture p, ChartSize size) {
        headless();
        int h = p.heightFor(size.width(), size.height(), size.exact());
        BufferedImage image = new BufferedImage(size.width() * 2, h * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(2, 2);
        Ink.prepare(g);
        p.draw(g, size.width(), h);
        g.dispose();
        return pngAt192Dpi(image);
    }

    private static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** The image as PNG, marked 192 dots per inch: twice the pixels of the SVG, the same size on paper. */
    private static byte[] pngAt192Dpi(BufferedImage image) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = String.valueOf(Math.round(192 / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(new IIOImage(image, null, meta));
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
