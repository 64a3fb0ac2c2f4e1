package clinic.stride.reports.pdf;

import java.awt.Color;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Table cells and tables as both reports use them: no borders unless asked for, padding that lines text up, and
 * cells that hold a vector drawing laid out by the table like any other content.
 */
public final class PdfBlocks {

    private PdfBlocks() {
    }

    public static PdfPTable table(float... relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return table;
    }

    /** A table of {@code columns} equal columns. */
    public static PdfPTable columns(int columns) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1);
        return table(widths);
    }

    /** A one-column table that moves to the next page whole rather than split, when it fits on one page. */
    public static PdfPTable block() {
        PdfPTable table = table(1);
        table.setKeepTogether(true);
        table.setSplitLate(true);
        return table;
    }

    public static PdfPCell cell(String text, Font font) {
        // Fallback faces for letters Liberation Sans lacks: a patient's free text may be in any script too.
        return cell(ReportFonts.embedded().phrase(text, font));
    }

    public static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setLeading(0, 1.25f);
        // A run direction makes OpenPDF apply the Unicode bidi algorithm and join Arabic letters (ArabicLigaturizer)
        // in the cell: a name in Arabic then prints right to left, joined, inside left-to-right text.
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }

    public static PdfPCell cell(PdfPTable nested) {
        PdfPCell cell = new PdfPCell(nested);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    public static PdfPCell empty() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    public static PdfPCell padded(PdfPCell cell, float top, float right, float bottom, float left) {
        cell.setPaddingTop(top);
        cell.setPaddingRight(right);
        cell.setPaddingBottom(bottom);
        cell.setPaddingLeft(left);
        return cell;
    }

    public static PdfPCell filled(PdfPCell cell, Color background) {
        cell.setBackgroundColor(background);
        return cell;
    }

    /** A cell whose left edge is a thick coloured stripe, for warning boxes. */
    public static PdfPCell striped(PdfPCell cell, Color stripe, float width) {
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColorLeft(stripe);
        cell.setBorderWidthLeft(width);
        cell.setUseBorderPadding(true);
        return cell;
    }

    /**
     * A cell of fixed height in which {@code painter} draws into the cell's area less its padding, after the table
     * has placed the cell on its page. The drawing is marked as a figure with {@code alt} as its alternate text
     * (PDF/UA-1, 7.3), and drawn on the table's text canvas right after the cell, so it is read where it stands
     * among the table's text rather than before all of it.
     */
    public static PdfPCell drawing(float height, float padding, String alt,
                                   BiConsumer<PdfContentByte, Rectangle> painter) {
        Objects.requireNonNull(alt, "alt");
        PdfPCell cell = empty();
        cell.setFixedHeight(height);
        cell.setCellEvent((laidOut, position, canvases) -> {
            Rectangle area = new Rectangle(position.getLeft() + padding, position.getBottom() + padding,
                    position.getRight() - padding, position.getTop() - padding);
            PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
            PdfDictionary figure = new PdfDictionary();
            figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
            figure.put(new PdfName("StrideTop"), new PdfNumber(position.getTop()));
            canvas.beginMarkedContentSequence(new PdfName("Figure"), figure, true);
            painter.accept(canvas, area);
            canvas.endMarkedContentSequence();
        });
        return cell;
    }

    public static PdfPCell aligned(PdfPCell cell, int horizontal) {
        cell.setHorizontalAlignment(horizontal);
        return cell;
    }

    public static PdfPCell bottomRule(PdfPCell cell, Color colour, float width) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColorBottom(colour);
        cell.setBorderWidthBottom(width);
        return cell;
    }

    public static int right() {
        return Element.ALIGN_RIGHT;
    }

    /**
     * Puts a block's thin outline on one of its cells: the sides always, the top on the first row, the bottom on the
     * last.
     */
    public static PdfPCell framed(PdfPCell cell, boolean first) {
        return framed(cell, first, false);
    }

    public static PdfPCell framed(PdfPCell cell, boolean first, boolean last) {
        int border = Rectangle.LEFT | Rectangle.RIGHT;
        if (first) {
            border |= Rectangle.TOP;
        }
        if (last) {
            border |= Rectangle.BOTTOM;
        }
        cell.setBorder(border);
        cell.setBorderColor(ReportColours.RULE);
        cell.setBorderWidth(0.8f);
        return cell;
    }

    /**
     * A paragraph in a one-cell table. OpenPDF writes free paragraphs into another stream of the page than tables,
     * so a paragraph added between two tables would be read before both; in a table it is read where it stands.
     */
    public static PdfPTable holding(Paragraph paragraph) {
        PdfPTable table = table(1);
        PdfPCell cell = cell(new Phrase());
        cell.addElement(paragraph);
        table.addCell(cell);
        return table;
    }
}
