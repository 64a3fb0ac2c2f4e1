package clinic.stride.reports.pdf;

import java.awt.Graphics2D;
import java.util.Objects;
import java.util.function.Consumer;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Opens a Java2D drawing surface over one rectangle of a PDF page, so that Batik and JFreeChart paint straight into
 * the page's content stream as PDF path and text operators (vectors), never as an embedded bitmap.
 */
public final class AreaGraphics {

    private AreaGraphics() {
    }

    /**
     * Runs {@code painter} on a {@link Graphics2D} whose origin is the top-left corner of {@code area}, with y growing
     * downwards and one unit per PDF point, as Java2D code expects; PDF space has its origin bottom-left with y up.
     */
    public static void paint(PdfContentByte canvas, Rectangle area, Consumer<Graphics2D> painter) {
        Objects.requireNonNull(canvas, "canvas");
        Objects.requireNonNull(area, "area");
        if (area.getWidth() <= 0 || area.getHeight() <= 0) {
            throw new IllegalArgumentException("drawing area must have a positive width and height: " + area);
        }
        canvas.saveState();
        try {
            canvas.concatCTM(1, 0, 0, 1, area.getLeft(), area.getBottom());
            // PdfGraphics2D flips y over the given height; width and height also become its clip.
            Graphics2D g2 = canvas.createGraphics(area.getWidth(), area.getHeight(),
                    ReportFonts.embedded().fontMapper());
            try {
                painter.accept(g2);
            } finally {
                // dispose() is what writes the drawing into the page's content stream.
                g2.dispose();
            }
        } finally {
            canvas.restoreState();
        }
    }
}
