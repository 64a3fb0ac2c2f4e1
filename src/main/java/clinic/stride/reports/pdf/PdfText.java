package clinic.stride.reports.pdf;

import java.awt.Color;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.DrawInterface;

/** Paragraphs and bullet items as every Stride report sets them: one leading rule, spacing given in points. */
public final class PdfText {

    private PdfText() {
    }

    /** A paragraph at {@code leading} times the type size, with space before and after it in points. */
    public static Paragraph paragraph(String text, Font font, float leading, float before, float after) {
        Paragraph paragraph;
        if (ReportFonts.embedded().covers(text, font)) {
            paragraph = new Paragraph(text, font);
        } else {
            paragraph = new Paragraph();
            paragraph.setFont(font);
            paragraph.add(ReportFonts.embedded().phrase(text, font));
        }
        paragraph.setLeading(0, leading);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /** A bullet item: a bold dot in {@code marker}'s colour hanging left of the text, text lines aligned. */
    public static Paragraph bullet(String text, Font font, BaseFont dotFace, Color marker) {
        Paragraph item = new Paragraph();
        Font dot = new Font(dotFace, font.getSize());
        dot.setColor(marker);
        item.add(new Chunk("•  ", dot));
        if (ReportFonts.embedded().covers(text, font)) {
            item.add(new Chunk(text, font));
        } else {
            item.add(ReportFonts.embedded().phrase(text, font));
        }
        item.setIndentationLeft(font.getSize() * 1.1f);
        item.setFirstLineIndent(-font.getSize() * 1.1f);
        item.setLeading(0, 1.3f);
        item.setSpacingAfter(font.getSize() * 0.2f);
        return item;
    }

    /** A glue or rule chunk in the report's face: left to its default, OpenPDF would add plain Helvetica. */
    public static Chunk inFace(DrawInterface drawing, Font font) {
        Chunk chunk = new Chunk(drawing);
        chunk.setFont(font);
        return chunk;
    }

    /** Starts a new page when less than {@code points} of height are left, so a heading never ends a page. */
    public static void keepWithNext(Document document, PdfWriter writer, float points) {
        if (writer.getVerticalPosition(true) - document.bottom() < points) {
            document.newPage();
        }
    }
}
