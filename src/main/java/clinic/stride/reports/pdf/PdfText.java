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

    /**
     * {@code text} without the explicit bidi controls (embeddings, overrides, isolates: U+202A-U+202E,
     * U+2066-U+2069). The reports lay text out with the bidi algorithm (so Arabic names read right to left), and an
     * override typed into a name would otherwise reverse the rest of its line: the clinic number and birth date in
     * the footer printed backwards. Letters keep their own direction without them.
     */
    public static String withoutBidiControls(String text) {
        if (text == null || text.codePoints().noneMatch(PdfText::isBidiControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isBidiControl(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** A paragraph at {@code leading} times the type size, with space before and after it in points. */
    public static Paragraph paragraph(String text, Font font, float leading, float before, float after) {
        text = withoutBidiControls(text);
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
        text = withoutBidiControls(text);
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
