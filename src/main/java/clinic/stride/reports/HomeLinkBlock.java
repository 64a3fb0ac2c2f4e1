package clinic.stride.reports;

import clinic.stride.patientlink.QrCodeSvg;
import clinic.stride.reports.pdf.PdfBlocks;
import clinic.stride.reports.pdf.ReportColours;
import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.Rectangle;

/**
 * The handout's home programme box: the patient's private link as a QR code drawn in vectors (one square per dark
 * module, so it prints sharp at any size), beside what it is for, its last day and the address to type.
 */
final class HomeLinkBlock {

    /** 30 mm: ZXing's version 5-6 codes for a 90-character address keep modules near 0.6 mm, easy for phone cameras. */
    static final float QR_SIZE = 85;

    private HomeLinkBlock() {
    }

    static PdfPTable of(HandoutPdf.HomeLink link, HandoutCopy copy, Font bodyBold, Font body, Font small, float bodySize) {
        PdfPTable box = PdfBlocks.table(1, 3);
        box.addCell(PdfBlocks.drawing(QR_SIZE + 8, 4, copy.text("home.figure"), (canvas, area) -> draw(canvas, area, link.url())));
        PdfPCell text = PdfBlocks.cell(new Phrase());
        text.addElement(new Paragraph(copy.text("home.title"), bodyBold));
        text.addElement(new Paragraph(copy.text("home.text", copy.date(link.validUntil())), body));
        text.addElement(new Paragraph(link.url(), small));
        PdfBlocks.padded(text, 4, 8, 6, 10);
        box.addCell(text);
        PdfPTable framed = PdfBlocks.block();
        framed.addCell(PdfBlocks.filled(PdfBlocks.striped(PdfBlocks.cell(box), ReportColours.NAVY, 4), ReportColours.PANEL));
        framed.setSpacingAfter(bodySize * 1.1f);
        return framed;
    }

    static void draw(PdfContentByte canvas, Rectangle area, String url) {
        boolean[][] modules = QrCodeSvg.modules(url);
        float size = Math.min(Math.min(area.getWidth(), area.getHeight()), QR_SIZE);
        float module = size / modules.length;
        float left = area.getLeft();
        float top = area.getTop();
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(left, top - size, size, size);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules[y].length; x++) {
                if (modules[y][x]) {
                    canvas.rectangle(left + x * module, top - (y + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
