package clinic.stride.reports;

import clinic.stride.consent.DrawnSignature;
import clinic.stride.reports.pdf.PdfBlocks;
import clinic.stride.reports.pdf.ReportColours;
import java.util.List;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The signature a patient drew with the consent, as PDF vector strokes (move and line operators, no image), small and
 * right-aligned under the typed name it goes with. Tagged as a figure with alternate text (PDF/UA-1, 7.3).
 */
final class SignatureDrawing {

    static final float WIDTH = 120;
    static final float HEIGHT = WIDTH * DrawnSignature.HEIGHT / DrawnSignature.WIDTH;

    private SignatureDrawing() {
    }

    /** A full-width table whose right-hand cell holds the drawing. */
    static PdfPTable beside(DrawnSignature signature, String alt) {
        PdfPTable row = PdfBlocks.table(1, WIDTH / 100f);
        row.addCell(PdfBlocks.empty());
        row.addCell(PdfBlocks.drawing(HEIGHT, 0, alt, (canvas, area) -> {
            float scale = Math.min(area.getWidth() / DrawnSignature.WIDTH, area.getHeight() / DrawnSignature.HEIGHT);
            canvas.saveState();
            canvas.setColorStroke(ReportColours.INK);
            canvas.setLineWidth(0.9f);
            canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
            canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
            for (List<DrawnSignature.Point> stroke : signature.strokes()) {
                for (int i = 0; i < stroke.size(); i++) {
                    float x = area.getLeft() + stroke.get(i).x() * scale;
                    float y = area.getTop() - stroke.get(i).y() * scale;
                    if (i == 0) {
                        canvas.moveTo(x, y);
                    } else {
                        canvas.lineTo(x, y);
                    }
                }
            }
            canvas.stroke();
            canvas.restoreState();
        }));
        row.setSpacingBefore(2);
        return row;
    }
}
