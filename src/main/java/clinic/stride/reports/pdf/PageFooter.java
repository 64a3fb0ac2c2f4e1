package clinic.stride.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The foot of every page: a thin rule, up to two lines of text on the left (who the page is for, and on the
 * clinician summary that it supports clinical judgement and is not a diagnosis), and "Page 2 of 3" on the right.
 *
 * <p>The total is not known until the last page is written, so each page shows a shared template in its place and
 * the template is filled in when the document closes: one pass, no second rendering.
 */
public final class PageFooter extends PdfPageEventHelper {

    private final List<String> lines;
    private final String pagePattern;
    private final float size;
    private final BaseFont font = ReportFonts.embedded().regular();
    private final BaseFont bold = ReportFonts.embedded().bold();
    private PdfTemplate total;

    /**
     * @param lines       one or two lines for the left side; the first is printed bold
     * @param pagePattern "Page {0} of {1}" in the reader's language, {1} last
     * @param size        type size of the footer
     */
    public PageFooter(List<String> lines, String pagePattern, float size) {
        this.lines = List.copyOf(lines);
        this.pagePattern = Objects.requireNonNull(pagePattern, "pagePattern");
        if (!pagePattern.endsWith("{1}")) {
            throw new IllegalArgumentException("the page total must come last: " + pagePattern);
        }
        this.size = size;
    }

    /** Height the footer needs below the bottom margin's edge, for callers choosing margins. */
    public static float heightFor(float size, int lineCount) {
        return 14 + lineCount * size * 1.3f + 6;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(font.getWidthPoint("000", size), size * 1.3f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        // A running footer is a pagination artifact (PDF/UA-1, 7.1): read once in the body, not on every page.
        PdfDictionary artifact = new PdfDictionary();
        artifact.put(PdfName.TYPE, new PdfName("Pagination"));
        canvas.beginMarkedContentSequence(new PdfName("Artifact"), artifact, true);
        float left = document.left();
        float right = document.right();
        float rule = document.bottom() - 14;
        canvas.saveState();
        canvas.setColorStroke(ReportColours.RULE);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(left, rule);
        canvas.lineTo(right, rule);
        canvas.stroke();

        float baseline = rule - size * 1.3f;
        canvas.setColorFill(ReportColours.MUTED);
        for (int i = 0; i < lines.size(); i++) {
            Font face = new Font(i == 0 ? bold : font, size);
            face.setColor(ReportColours.MUTED);
            String line = PdfText.withoutBidiControls(lines.get(i));
            if (ReportFonts.embedded().covers(line, face)) {
                canvas.beginText();
                canvas.setFontAndSize(face.getBaseFont(), size);
                canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, line, left, baseline - i * size * 1.3f, 0);
                canvas.endText();
            } else {
                // A name in another script: fallback faces, and Arabic joined and set right to left (the run
                // direction makes ColumnText apply the bidi algorithm).
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, ReportFonts.embedded().phrase(line, face),
                        left, baseline - i * size * 1.3f, 0, PdfWriter.RUN_DIRECTION_LTR, 0);
            }
        }
        canvas.beginText();
        String before = pagePattern.substring(0, pagePattern.length() - "{1}".length())
                .replace("{0}", String.valueOf(writer.getPageNumber()));
        canvas.setFontAndSize(font, size);
        float totalWidth = total.getWidth();
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, before, right - totalWidth, baseline, 0);
        canvas.endText();
        canvas.addTemplate(total, right - totalWidth, baseline - size * 0.25f);
        canvas.restoreState();
        canvas.endMarkedContentSequence();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // The writer has already moved past the last page.
        total.beginText();
        total.setFontAndSize(font, size);
        total.setColorFill(ReportColours.MUTED);
        total.setTextMatrix(0, size * 0.25f);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
