package clinic.stride.reports;

import java.awt.Color;
import java.util.function.BiConsumer;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Table cells and tables as both reports use them: no borders unless asked for, padding that lines text up, and
 * cells that hold a vector drawing laid out by the table like any other content.
 */
final class PdfBlocks {

    private PdfBlocks() {
    }

    static PdfPTable table(float... relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return table;
    }

    /** A table of {@code columns} equal columns. */
    static PdfPTable columns(int columns) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1);
        return table(widths);
    }

    /** A one-column table that moves to the next page whole rather than split, when it fits on one page. */
    static PdfPTable block() {
        PdfPTable table = table(1);
        table.setKeepTogether(true);
        table.setSplitLate(true);
        return table;
    }

    static PdfPCell cell(String text, Font font) {
        return cell(new Phrase(text, font));
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    static PdfPCell cell(PdfPTable nested) {
        PdfPCell cell = new PdfPCell(nested);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    static PdfPCell empty() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    static PdfPCell padded(PdfPCell cell, float top, float right, float bottom, float left) {
        cell.setPaddingTop(top);
        cell.setPaddingRight(right);
        cell.setPaddingBottom(bottom);
        cell.setPaddingLeft(left);
        return cell;
    }

    static PdfPCell filled(PdfPCell cell, Color background) {
        cell.setBackgroundColor(background);
        return cell;
    }

    /** A cell whose left edge is a thick coloured stripe, for warning boxes. */
    static PdfPCell striped(PdfPCell cell, Color stripe, float width) {
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColorLeft(stripe);
        cell.setBorderWidthLeft(width);
        cell.setUseBorderPadding(true);
        return cell;
    }

    /**
     * A cell of fixed height in which {@code painter} draws into the cell's area less its padding, after the table
     * has placed the cell on its page.
     */
    static PdfPCell drawing(float height, float padding, BiConsumer<PdfContentByte, Rectangle> painter) {
        PdfPCell cell = empty();
        cell.setFixedHeight(height);
        cell.setCellEvent((laidOut, position, canvases) -> {
            Rectangle area = new Rectangle(position.getLeft() + padding, position.getBottom() + padding,
                    position.getRight() - padding, position.getTop() - padding);
            painter.accept(canvases[PdfPTable.LINECANVAS], area);
        });
        return cell;
    }

    static PdfPCell aligned(PdfPCell cell, int horizontal) {
        cell.setHorizontalAlignment(horizontal);
        return cell;
    }

    static PdfPCell bottomRule(PdfPCell cell, Color colour, float width) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColorBottom(colour);
        cell.setBorderWidthBottom(width);
        return cell;
    }

    static int right() {
        return Element.ALIGN_RIGHT;
    }
}
