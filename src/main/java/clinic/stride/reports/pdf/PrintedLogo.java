package clinic.stride.reports.pdf;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openpdf.text.Chunk;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The clinic's logo at the head of a report, at most {@code maxHeight} high and {@link #MAX_WIDTH} wide, proportions
 * kept. A PNG is embedded as it is; an SVG is drawn as vectors (Batik, as Stride's own drawings, with its text as
 * shapes so no font needs embedding). The clinic's name is printed as text beside it, so the logo is an artifact for
 * screen readers (PDF/UA-1, 7.1), not a figure.
 *
 * <p>A logo that cannot be read (a PNG OpenPDF refuses, an SVG Batik cannot draw) is left out, and the report prints
 * with the name alone: a report must never fail over its letterhead.
 */
public final class PrintedLogo {

    public static final float MAX_WIDTH = 150;
    private static final Logger LOG = Logger.getLogger(PrintedLogo.class.getName());

    private PrintedLogo() {
    }

    /**
     * The logo as a paragraph holding it, to add to a masthead cell; empty when there is none or it cannot be drawn.
     *
     * @param svg true for an SVG, false for a PNG
     */
    public static Optional<Paragraph> of(byte[] content, boolean svg, float maxHeight, PdfWriter writer) {
        if (content == null) {
            return Optional.empty();
        }
        try {
            Image image = svg ? vectors(content, maxHeight, writer) : Image.getInstance(content);
            image.scaleToFit(MAX_WIDTH, maxHeight);
            Paragraph holder = new Paragraph();
            holder.add(new Chunk(image, 0, 0, true));
            holder.setSpacingAfter(4);
            return Optional.of(holder);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the clinic logo ({0}) cannot be printed, the report has the name alone: {1}",
                    new Object[] {svg ? "SVG" : "PNG", e.getMessage()});
            return Optional.empty();
        }
    }

    private static Image vectors(byte[] content, float maxHeight, PdfWriter writer) {
        SvgArtwork artwork = SvgArtwork.parse("clinic-logo.svg", content);
        if (!(artwork.width() > 0 && artwork.height() > 0)) {
            throw new IllegalStateException("the SVG has no size (width, height or viewBox)");
        }
        double scale = Math.min(MAX_WIDTH / artwork.width(), maxHeight / artwork.height());
        float width = (float) (artwork.width() * scale);
        float height = (float) (artwork.height() * scale);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphicsShapes(width, height);
        try {
            AffineTransform fit = artwork.fitInto(new Rectangle2D.Double(0, 0, width, height));
            artwork.paint(g2, fit);
        } finally {
            g2.dispose();
        }
        return Image.getInstance(template);
    }
}
