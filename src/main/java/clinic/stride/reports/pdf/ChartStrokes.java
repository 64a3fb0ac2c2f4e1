package clinic.stride.reports.pdf;

import java.awt.Color;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The strokes and labels the summary's small line charts share, written straight as PDF operators: lines are
 * vectors and every label is real text in the embedded report font, so screen readers and text search read it.
 */
public final class ChartStrokes {

    public static final Color LINE = new Color(31, 58, 95);
    public static final Color GRID = new Color(221, 227, 234);
    public static final Color AXIS = new Color(90, 102, 115);

    private ChartStrokes() {
    }

    /** A light grid line across the plot at each y. */
    public static void grid(PdfContentByte canvas, float left, float right, float[] ys) {
        canvas.setColorStroke(GRID);
        canvas.setLineWidth(0.6f);
        for (float y : ys) {
            canvas.moveTo(left, y);
            canvas.lineTo(right, y);
        }
        canvas.stroke();
    }

    /** The vertical and horizontal axis as one path, left to be stroked with whatever ticks the chart adds. */
    public static void axes(PdfContentByte canvas, float left, float right, float bottom, float top) {
        canvas.setColorStroke(AXIS);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top);
        canvas.lineTo(left, bottom);
        canvas.lineTo(right, bottom);
    }

    /** The points joined by a line when there are two or more, then a dot of {@code radius} on each. */
    public static void lineWithDots(PdfContentByte canvas, float[] xs, float[] ys, float radius) {
        canvas.setColorStroke(LINE);
        canvas.setColorFill(LINE);
        canvas.setLineWidth(1.8f);
        canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        if (xs.length > 1) {
            canvas.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                canvas.lineTo(xs[i], ys[i]);
            }
            canvas.stroke();
        }
        for (int i = 0; i < xs.length; i++) {
            canvas.circle(xs[i], ys[i], radius);
        }
        canvas.fill();
    }

    /** Opens the text of the labels: axis colour, regular face. */
    public static void beginLabels(PdfContentByte canvas, BaseFont regular, float size) {
        canvas.beginText();
        canvas.setColorFill(AXIS);
        canvas.setFontAndSize(regular, size);
    }

    /** A value on the vertical axis, right-aligned left of it. */
    public static void valueLabel(PdfContentByte canvas, int value, float left, float y, float size) {
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, Integer.toString(value), left - 3.5f, y - size * 0.35f, 0);
    }

    /** The vertical axis's title in the face set last (the charts' bold), turned to read upwards; closes the labels. */
    public static void endWithAxisTitle(PdfContentByte canvas, String title, float x, float middle) {
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, title, x, middle, 90);
        canvas.endText();
    }
}
