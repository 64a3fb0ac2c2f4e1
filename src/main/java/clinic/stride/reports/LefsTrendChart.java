package clinic.stride.reports;

import clinic.stride.outcomes.Lefs;
import clinic.stride.reports.pdf.ChartStrokes;
import clinic.stride.reports.pdf.PdfBlocks;
import clinic.stride.reports.pdf.PdfText;
import clinic.stride.reports.pdf.ReportFonts;
import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The LEFS (0–80, higher is better) at the intake and each follow-up as a small vector chart for the clinician summary, drawn as
 * {@link PainTrendChart} is: PDF operators, labels as real text in the embedded report font. The band of the minimal
 * clinically important difference (9 points, Binkley et al. 1999) either side of the first score is tinted, so a
 * later score outside it has changed by at least the MCID.
 */
public final class LefsTrendChart {

    /** A light green, opaque so the page needs no transparency. */
    private static final Color MCID_BAND = new Color(227, 241, 230);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final List<LefsOnDay> scores;

    /** @param scores at least one complete score, in any order */
    public LefsTrendChart(List<LefsOnDay> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("a LEFS trend needs at least one score");
        }
        this.scores = sorted(scores);
    }

    public void draw(PdfContentByte canvas, Rectangle area) {
        float size = (float) Math.max(7, Math.min(10, area.getHeight() * 0.06));
        BaseFont regular = ReportFonts.embedded().regular();
        BaseFont bold = ReportFonts.embedded().bold();
        float left = area.getLeft() + size * 1.8f + regular.getWidthPoint("80", size) + size * 0.6f;
        float right = area.getRight() - size * 2;
        float bottom = area.getBottom() + size * 1.9f;
        float top = area.getTop() - 2;
        LocalDate first = scores.getFirst().day();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, scores.getLast().day()));
        int baseline = scores.getFirst().score();

        canvas.saveState();
        float bandTop = y(Math.min(Lefs.MAX_SCORE, baseline + Lefs.MCID), bottom, top);
        float bandBottom = y(Math.max(0, baseline - Lefs.MCID), bottom, top);
        canvas.setColorFill(MCID_BAND);
        canvas.rectangle(left, bandBottom, right - left, bandTop - bandBottom);
        canvas.fill();
        float[] gridYs = new float[Lefs.MAX_SCORE / 20];
        for (int i = 0; i < gridYs.length; i++) {
            gridYs[i] = y(20 * (i + 1), bottom, top);
        }
        ChartStrokes.grid(canvas, left, right, gridYs);
        ChartStrokes.axes(canvas, left, right, bottom, top);
        canvas.stroke();
        float[] xs = new float[scores.size()];
        float[] ys = new float[scores.size()];
        for (int i = 0; i < scores.size(); i++) {
            xs[i] = scores.size() == 1 ? (left + right) / 2
                    : left + (right - left) * ChronoUnit.DAYS.between(first, scores.get(i).day()) / span;
            ys[i] = y(scores.get(i).score(), bottom, top);
        }
        ChartStrokes.lineWithDots(canvas, xs, ys, Math.max(2, size * 0.3f));
        canvas.restoreState();

        ChartStrokes.beginLabels(canvas, regular, size);
        for (int v = 0; v <= Lefs.MAX_SCORE; v += 20) {
            ChartStrokes.valueLabel(canvas, v, left, y(v, bottom, top), size);
        }
        int step = Math.max(1, (int) Math.ceil(scores.size() / 4.0));
        for (int i = 0; i < scores.size(); i++) {
            if (i % step == 0 || i == scores.size() - 1) {
                canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, DAY.format(scores.get(i).day()), xs[i], bottom - 3 - size, 0);
            }
        }
        canvas.setFontAndSize(bold, size);
        for (int i = 0; i < scores.size(); i++) {
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, Integer.toString(scores.get(i).score()), xs[i],
                    y(scores.get(i).score(), bottom, top) + size * 0.6f, 0);
        }
        ChartStrokes.endWithAxisTitle(canvas, "LEFS (0–80)", area.getLeft() + size * 1.05f, (top + bottom) / 2);
    }

    private static float y(int score, float bottom, float top) {
        return bottom + (top - bottom) * score / (Lefs.MAX_SCORE + 4f);
    }

    /**
     * The summary's LEFS section: the heading, the chart and the same in words beneath it, the heading kept on the
     * page of the chart (they need about 150 pt).
     */
    static void addSection(Document document, PdfWriter writer, List<LefsOnDay> scores,
                           Paragraph heading, Font small) throws DocumentException {
        PdfText.keepWithNext(document, writer, 160);
        document.add(heading);
        PdfPTable table = PdfBlocks.table(1);
        table.setKeepTogether(true);
        String words = describe(scores);
        table.addCell(PdfBlocks.drawing(110, 0, words, (canvas, area) -> new LefsTrendChart(scores).draw(canvas, area)));
        table.addCell(PdfBlocks.padded(PdfBlocks.cell(
                words + " Shaded: the first score ± 9 points (MCID, Binkley et al. 1999).", small), 3, 0, 0, 0));
        document.add(table);
    }

    /** The chart in words, for the PDF's alternative text and the summary's line under it. */
    static String describe(List<LefsOnDay> scores) {
        List<LefsOnDay> sorted = sorted(scores);
        StringBuilder text = new StringBuilder("LEFS, 0 to 80, higher is better: ");
        for (int i = 0; i < sorted.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(DAY.format(sorted.get(i).day())).append(' ').append(sorted.get(i).score()).append("/80")
                    .append(sorted.get(i).atIntake() ? " at intake" : " at follow-up");
        }
        if (sorted.size() > 1) {
            int change = sorted.getLast().score() - sorted.getFirst().score();
            int important = Lefs.clinicallyImportantChange(sorted.getFirst().score(), sorted.getLast().score());
            text.append(". Change since the first: ").append(change > 0 ? "+" : "").append(change).append(" points, ")
                    .append(important == 0 ? "within" : "beyond").append(" the MCID of ").append(Lefs.MCID).append(" points");
        }
        return text.append('.').toString();
    }

    /** Oldest first; on a day with both, the intake's score first: it is the baseline (docs/outcomes.md). */
    private static List<LefsOnDay> sorted(List<LefsOnDay> scores) {
        return scores.stream().sorted(Comparator.comparing(LefsOnDay::day).thenComparing(s -> !s.atIntake())).toList();
    }
}
