package clinic.stride.reports;

import clinic.stride.homeprogramme.Adherence;
import clinic.stride.reports.pdf.ReportFonts;
import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The summary's home programme charts in vectors, the same figures as the patient page's SVG: sessions done per week
 * as bars with the prescribed number as a dashed mark, and pain after exercise (0–10) at each logged session.
 */
final class AdherenceChart {

    private static final Color BAR = new Color(31, 58, 95);
    private static final Color TARGET = new Color(164, 38, 44);
    private static final Color GRID = new Color(221, 227, 234);
    private static final Color AXIS = new Color(90, 102, 115);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final float LABEL = 7.5f;

    private AdherenceChart() {
    }

    static void weeks(PdfContentByte canvas, Rectangle area, List<Adherence.Week> weeks) {
        int max = Math.max(1, weeks.stream().mapToInt(w -> Math.max(w.done(), w.prescribed())).max().orElse(1));
        float left = area.getLeft() + 16;
        float bottom = area.getBottom() + 14;
        float top = area.getTop() - 10;
        float right = area.getRight() - 4;
        int step = Math.max(1, (int) Math.ceil(max / 4.0));
        grid(canvas, left, right, bottom, top, max, step);
        float slot = (right - left) / Math.max(1, weeks.size());
        float bar = Math.min(26, slot * 0.6f);
        BaseFont font = ReportFonts.embedded().regular();
        canvas.saveState();
        for (int i = 0; i < weeks.size(); i++) {
            Adherence.Week w = weeks.get(i);
            float cx = left + slot * i + slot / 2;
            float h = (top - bottom) * w.done() / max;
            canvas.setColorFill(BAR);
            canvas.rectangle(cx - bar / 2, bottom, bar, h);
            canvas.fill();
            float ty = bottom + (top - bottom) * w.prescribed() / max;
            canvas.setColorStroke(TARGET);
            canvas.setLineWidth(1.2f);
            canvas.setLineDash(3, 2, 0);
            canvas.moveTo(cx - bar / 2 - 3, ty);
            canvas.lineTo(cx + bar / 2 + 3, ty);
            canvas.stroke();
            canvas.setLineDash(0);
        }
        canvas.restoreState();
        canvas.beginText();
        canvas.setFontAndSize(font, LABEL);
        canvas.setColorFill(AXIS);
        int labelEvery = Math.max(1, (int) Math.ceil(weeks.size() / 6.0));
        for (int i = 0; i < weeks.size(); i++) {
            Adherence.Week w = weeks.get(i);
            float cx = left + slot * i + slot / 2;
            float y = bottom + (top - bottom) * Math.max(w.done(), w.prescribed()) / max + 4;
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, w.done() + "/" + w.prescribed(), cx, y, 0);
            if (i % labelEvery == 0 || i == weeks.size() - 1) {
                canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, DAY.format(w.end()), cx, bottom - LABEL - 2, 0);
            }
        }
        canvas.endText();
    }

    static void pain(PdfContentByte canvas, Rectangle area, List<Adherence.PainPoint> points) {
        float left = area.getLeft() + 16;
        float bottom = area.getBottom() + 14;
        float top = area.getTop() - 10;
        float right = area.getRight() - 8;
        grid(canvas, left, right, bottom, top, 10, 2);
        if (points.isEmpty()) {
            return;
        }
        LocalDate first = points.getFirst().day();
        long span = Math.max(ChronoUnit.DAYS.between(first, points.getLast().day()), 1);
        float[] xs = new float[points.size()];
        float[] ys = new float[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = left + 6 + (right - left - 12) * ChronoUnit.DAYS.between(first, points.get(i).day()) / span;
            ys[i] = bottom + (top - bottom) * points.get(i).pain() / 10f;
        }
        canvas.saveState();
        canvas.setColorStroke(BAR);
        canvas.setColorFill(BAR);
        canvas.setLineWidth(1.6f);
        canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                canvas.moveTo(xs[i], ys[i]);
            } else {
                canvas.lineTo(xs[i], ys[i]);
            }
        }
        if (xs.length > 1) {
            canvas.stroke();
        } else {
            canvas.newPath();
        }
        for (int i = 0; i < xs.length; i++) {
            canvas.circle(xs[i], ys[i], 2.2f);
        }
        canvas.fill();
        canvas.restoreState();
        canvas.beginText();
        canvas.setFontAndSize(ReportFonts.embedded().regular(), LABEL);
        canvas.setColorFill(AXIS);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, DAY.format(first), left, bottom - LABEL - 2, 0);
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, DAY.format(points.getLast().day()), right, bottom - LABEL - 2, 0);
        canvas.endText();
    }

    private static void grid(PdfContentByte canvas, float left, float right, float bottom, float top, int max, int step) {
        canvas.saveState();
        canvas.setColorStroke(GRID);
        canvas.setLineWidth(0.6f);
        for (int v = 0; v <= max; v += step) {
            float y = bottom + (top - bottom) * v / max;
            canvas.moveTo(left, y);
            canvas.lineTo(right, y);
        }
        canvas.stroke();
        canvas.restoreState();
        canvas.beginText();
        canvas.setFontAndSize(ReportFonts.embedded().regular(), LABEL);
        canvas.setColorFill(AXIS);
        for (int v = 0; v <= max; v += step) {
            canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, Integer.toString(v), left - 3, bottom + (top - bottom) * v / max - 2.5f, 0);
        }
        canvas.endText();
    }
}
