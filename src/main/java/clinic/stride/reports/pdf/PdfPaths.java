package clinic.stride.reports.pdf;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import org.openpdf.text.pdf.PdfContentByte;

/** Java2D shapes written as PDF path operators, for the few shapes a report draws without a Graphics2D. */
public final class PdfPaths {

    private PdfPaths() {
    }

    /**
     * Adds {@code shape}, mapped by {@code toPage} into PDF space, to the canvas's current path; the caller then
     * fills or strokes it. Quadratic segments become the equivalent cubic ones (PDF has no quadratic operator).
     */
    public static void trace(PdfContentByte canvas, Shape shape, AffineTransform toPage) {
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator path = shape.getPathIterator(toPage); !path.isDone(); path.next()) {
            switch (path.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    canvas.moveTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    canvas.lineTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    canvas.curveTo((float) (lastX + 2 * (c[0] - lastX) / 3), (float) (lastY + 2 * (c[1] - lastY) / 3),
                            (float) (c[2] + 2 * (c[0] - c[2]) / 3), (float) (c[3] + 2 * (c[1] - c[3]) / 3),
                            (float) c[2], (float) c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    canvas.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> canvas.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
    }
}
