package clinic.stride.reports;

import clinic.stride.reports.pdf.ReportColours;
import clinic.stride.reports.pdf.ReportFonts;
import clinic.stride.reports.pdf.TextRoles;
import java.awt.Color;
import org.openpdf.text.Font;

/**
 * The type of one handout print size: sizes in points, the faces set in them, and where the exercise drawing goes.
 * Ordinary print is larger than the clinician's summary: many readers are older and read it at home.
 */
record HandoutStyle(float bodySize, float titleSize, float headingSize, float smallSize, float stepNumberWidth,
                    float drawingHeight, boolean drawingBeside) {

    static final HandoutStyle ORDINARY = new HandoutStyle(11.5f, 22, 15, 9, 16, 118, true);
    static final HandoutStyle LARGE = new HandoutStyle(ReportFonts.Scale.LARGE_PRINT.bodySize(), 28,
            ReportFonts.Scale.LARGE_PRINT.headingSize(), ReportFonts.Scale.LARGE_PRINT.smallSize(), 24, 160, false);

    /** Warning boxes set their title two points above the section headings. */
    float boxTitleSize() {
        return headingSize + 2;
    }

    /** The title is the one H1, section headings and box titles are H2, the rest paragraphs. */
    TextRoles roles() {
        return TextRoles.of(titleSize, headingSize, boxTitleSize());
    }

    Font body() {
        return font(false, bodySize, ReportColours.INK);
    }

    Font bodyBold() {
        return font(true, bodySize, ReportColours.INK);
    }

    Font small() {
        return font(false, smallSize, ReportColours.MUTED);
    }

    Font smallBold() {
        return font(true, smallSize, ReportColours.MUTED);
    }

    Font heading() {
        return font(true, headingSize, ReportColours.NAVY);
    }

    Font title() {
        return font(true, titleSize, ReportColours.NAVY);
    }

    static Font font(boolean bold, float size, Color colour) {
        return ReportFonts.embedded().face(bold, size, colour);
    }
}
