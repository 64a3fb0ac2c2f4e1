package clinic.stride.reports;

import clinic.stride.assessment.RedFlagAlert;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.knowledge.RedFlag;
import clinic.stride.knowledge.Urgency;
import clinic.stride.reports.pdf.PdfBlocks;
import clinic.stride.reports.pdf.PdfText;
import clinic.stride.reports.pdf.ReportColours;
import clinic.stride.reports.pdf.ReportFonts;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The handout's "when to get help" box, which every handout ends with, exercises or not. */
final class HandoutHelpBox {

    private final KnowledgeBase knowledge;
    private final Handout handout;
    private final HandoutCopy copy;
    private final HandoutStyle type;
    private final ReportFonts fonts;
    private final Font body;
    private final Font bodyBold;
    private final Font heading;

    HandoutHelpBox(KnowledgeBase knowledge, Handout handout, HandoutCopy copy, HandoutStyle type, ReportFonts fonts) {
        this.knowledge = knowledge;
        this.handout = handout;
        this.copy = copy;
        this.type = type;
        this.fonts = fonts;
        body = type.body();
        bodyBold = type.bodyBold();
        heading = type.heading();
    }

    /** When to get help: what the patient told us, then the warning signs every patient should know. */
PdfPTable build() {
        PdfPTable block = PdfBlocks.block();
        block.setSpacingBefore(type.bodySize() * 0.4f);
        PdfPCell cell = PdfBlocks.cell(new Phrase());
        cell.addElement(paragraph(copy.text("help"), heading, 0, type.bodySize() * 0.5f));
        // Everything the patient reported that the box above did not already list.
        Urgency inBox = !handout.exercisesWithheld() ? null
                : patientFlags(knowledge, handout, Urgency.EMERGENCY).isEmpty() ? Urgency.URGENT : Urgency.EMERGENCY;
        List<RedFlag> told = new ArrayList<>();
        for (Urgency urgency : Urgency.values()) {
            if (urgency != inBox) {
                told.addAll(patientFlags(knowledge, handout, urgency));
            }
        }
        List<RedFlag> fired = handout.redFlags().stream()
                .map(alert -> HandoutPdf.find(() -> knowledge.redFlag(alert.id())).orElse(null)).filter(Objects::nonNull).toList();
        List<String> toldUs = RedFlagScreen.notToldByFlags(handout.toldUs(), fired);
        if (!told.isEmpty() || !toldUs.isEmpty()) {
            cell.addElement(paragraph(copy.text("help.told"), bodyBold, 0, 2));
            // The patient's own "yes" answers that no warning sign below tells (fever included), then the signs.
            for (String key : toldUs) {
                cell.addElement(bullet(copy.text(key), body, ReportColours.INK));
            }
            for (RedFlag flag : told) {
                cell.addElement(bullet(flag.patientMessage(handout.language()), body, UrgencyColours.of(flag.urgency())));
            }
        }
        // A blank line's worth of space after what the patient told us, as space rather than a blank paragraph.
        float gap = told.isEmpty() && toldUs.isEmpty() ? 0 : type.smallSize() * 1.3f;
        cell.addElement(paragraph(copy.text("help.now"), HandoutStyle.font(true, type.bodySize(),
                ReportColours.EMERGENCY), gap, 2));
        for (int i = 1; copy.has("help.now." + i); i++) {
            cell.addElement(bullet(copy.text("help.now." + i), body, ReportColours.EMERGENCY));
        }
        cell.addElement(paragraph(copy.text("help.today", handout.clinicPhone()), bodyBold, type.bodySize() * 0.5f, 2));
        for (int i = 1; copy.has("help.today." + i); i++) {
            cell.addElement(bullet(copy.text("help.today." + i), body, ReportColours.URGENT));
        }
        cell.addElement(paragraph(copy.text("help.soon", handout.clinicPhone()), bodyBold, type.bodySize() * 0.5f, 2));
        for (int i = 1; copy.has("help.soon." + i); i++) {
            cell.addElement(bullet(copy.text("help.soon." + i), body, ReportColours.NAVY));
        }
        PdfBlocks.padded(cell, 10, 14, 14, 14);
        block.addCell(PdfBlocks.filled(PdfBlocks.striped(cell, ReportColours.EMERGENCY, 4),
                ReportColours.EMERGENCY_PANEL));
        return block;
    }

    /** The warning signs the patient's answers raised at one urgency, as this knowledge version words them. */
    static List<RedFlag> patientFlags(KnowledgeBase knowledge, Handout handout, Urgency urgency) {
        return handout.redFlags().stream()
                .filter(alert -> alert.urgency() == urgency)
                .map(RedFlagAlert::id)
                .map(id -> HandoutPdf.find(() -> knowledge.redFlag(id)).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    private Paragraph bullet(String text, Font font, Color marker) {
        return PdfText.bullet(text, font, fonts.bold(), marker);
    }

    private Paragraph paragraph(String text, Font font, float before, float after) {
        return PdfText.paragraph(text, font, 1.3f, before, after);
    }
}
