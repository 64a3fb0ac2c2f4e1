package clinic.stride.reports;

import static clinic.stride.reports.SummaryWording.DATE;

import clinic.stride.clinic.ClinicLogo;
import clinic.stride.reports.pdf.PdfBlocks;
import clinic.stride.reports.pdf.PdfText;
import clinic.stride.reports.pdf.PrintedLogo;
import clinic.stride.reports.pdf.ReportColours;
import clinic.stride.reports.pdf.ReportFonts;
import clinic.stride.vocabulary.Language;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The clinician summary's header: the clinic (its logo when it has one, name and phone) and the title on the left; the
 * patient, the visit and the consent (the typed name, and the drawn signature when there is one) on the right.
 */
final class SummaryMasthead {

    /** The clinic's logo in the header: about three lines of the text beside it. */
    static final float LOGO_HEIGHT = 36f;

    private final ClinicianSummary summary;
    private final ClinicLogo logo;
    private final ReportFonts fonts;
    private final Font body;
    private final Font small;

    SummaryMasthead(ClinicianSummary summary, ClinicLogo logo, ReportFonts fonts, Font body, Font small) {
        this.summary = summary;
        this.logo = logo;
        this.fonts = fonts;
        this.body = body;
        this.small = small;
    }

    PdfPTable table(PdfWriter writer) {
        PdfPTable table = PdfBlocks.table(1.1f, 1);
        PdfPCell left = PdfBlocks.cell(new Phrase());
        if (logo != null) {
            PrintedLogo.of(logo.content(), ClinicLogo.SVG.equals(logo.type()), LOGO_HEIGHT, writer)
                    .ifPresent(left::addElement);
        }
        left.addElement(paragraph(summary.clinicPhone() == null ? summary.clinicName()
                : summary.clinicName() + "  ·  " + summary.clinicPhone(), fonts.face(true, 9, ReportColours.ACCENT), 1));
        left.addElement(paragraph("Clinician summary", fonts.face(true, SummaryPdf.TITLE, ReportColours.NAVY), 2));
        left.addElement(paragraph("Hip and lower-back pain when walking or running", small, 0));
        PdfPCell right = PdfBlocks.cell(new Phrase());
        right.addElement(rightAligned(paragraph(summary.patientName(), fonts.face(true, 13, ReportColours.INK), 1)));
        var patient = summary.patient();
        right.addElement(rightAligned(paragraph(patient.clinicId() + "  ·  born " + DATE.format(patient.birthDate())
                + " (" + summary.ageAtVisit() + " y)  ·  " + patient.sex(), body, 1)));
        right.addElement(rightAligned(paragraph("Visit " + DATE.format(summary.answers().visitDate())
                + "  ·  intake version " + summary.intakeVersion() + "  ·  prefers "
                + (summary.answers().language() == Language.ES ? "Spanish" : "English"), small, 1)));
        right.addElement(rightAligned(paragraph(summary.consentLine(), summary.consent() == null
                ? fonts.face(true, SummaryPdf.SMALL, ReportColours.EMERGENCY) : small, 0)));
        if (summary.consent() != null && summary.signature() != null) {
            right.addElement(SignatureDrawing.beside(summary.signature(), "Signature drawn by "
                    + summary.consent().signedName() + " beside the typed name"));
        }
        right.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(PdfBlocks.bottomRule(PdfBlocks.padded(left, 0, 0, 8, 0), ReportColours.NAVY, 2));
        table.addCell(PdfBlocks.bottomRule(PdfBlocks.padded(right, 0, 0, 8, 0), ReportColours.NAVY, 2));
        table.setSpacingAfter(10);
        return table;
    }

    private static Paragraph rightAligned(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        return PdfText.paragraph(text, font, 1.25f, 0, after);
    }
}
