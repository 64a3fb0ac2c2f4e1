package clinic.stride.reports;

import static clinic.stride.reports.SummaryWording.number;

import clinic.stride.assessment.PossibleCause;
import clinic.stride.assessment.Reason;
import clinic.stride.knowledge.Citation;
import clinic.stride.reports.pdf.PdfText;
import clinic.stride.reports.pdf.ReportColours;
import clinic.stride.reports.pdf.ReportFonts;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * The clinician summary's possible causes, ranked, each reason with the passage of the patient-education source it
 * rests on; and the citation line the warning signs use as well.
 */
final class SummaryCauses {

    /** Reasons under a cause: text starts here, the bullet hangs to its left. */
    private static final float REASON_INDENT = 18f;
    private static final float BULLET_WIDTH = 8f;

    private final ReportFonts fonts = ReportFonts.embedded();
    private final Map<String, String> sourceTitles;
    private final Font body;
    private final Font small;
    private final Font label;
    private final Font quote;
    private final Font heading;

    SummaryCauses(Map<String, String> sourceTitles, Font body, Font small, Font label, Font quote, Font heading) {
        this.sourceTitles = sourceTitles;
        this.body = body;
        this.small = small;
        this.label = label;
        this.quote = quote;
        this.heading = heading;
    }

    /**
     * Possible causes, highest score first, each with its reasons and cited passages. Written as paragraphs and
     * lists rather than tables: a table lays each cell's text out twice (to measure, then to write), and this is
     * the longest part of the summary. A cause whose heading would sit at the foot of a page starts the next.
     */
void add(Document document, PdfWriter writer, List<PossibleCause> possibleCauses) throws DocumentException {
        // Room for the heading, its note and the first cause's head (the first cause does not check again): else
        // the heading could end a page alone, its first cause moved to the next.
        PdfText.keepWithNext(document, writer, 130);
        document.add(PdfText.paragraph("Possible causes to consider", heading, 1.25f, 8, 1));
        document.add(PdfText.paragraph("Ranked by the summed weight of matching rules. Each reason cites the passage "
                + "of the patient-education source it rests on.", small, 1.25f, 0, 5));
        if (possibleCauses.isEmpty()) {
            document.add(PdfText.paragraph("No rule matched these answers.", body, 1.25f, 0, 4));
            return;
        }
        Font rankFont = fonts.face(true, 10.5f, ReportColours.NAVY);
        Font nameFont = fonts.face(true, 10.5f, ReportColours.INK);
        Font bullet = fonts.face(true, body.getSize(), ReportColours.MUTED);
        int rank = 1;
        for (PossibleCause cause : possibleCauses) {
            if (rank > 1) {
                PdfText.keepWithNext(document, writer, 60);
            }
            Paragraph head = new Paragraph();
            head.setFont(nameFont);   // also the font of the spacing OpenPDF adds: never its default Helvetica
            head.add(new Chunk(rank++ + ".  ", rankFont));
            head.add(new Chunk(cause.name(), nameFont));
            head.add(PdfText.inFace(new VerticalPositionMark(), label));
            head.add(new Chunk("score " + number(cause.score()), label));
            head.setLeading(0, 1.25f);
            head.setIndentationLeft(6);
            head.setIndentationRight(6);
            head.setSpacingBefore(4);
            head.setSpacingAfter(2);
            document.add(head);
            for (Reason reason : cause.reasons()) {
                Paragraph because = new Paragraph();
                because.setFont(body);
                because.add(new Chunk("•  ", bullet));
                because.add(new Chunk(reason.text(), body));
                if (reason.answer() != null && !reason.answer().isBlank()) {
                    because.add(new Chunk("  (answer: " + reason.answer() + ")", small));
                }
                because.setLeading(0, 1.25f);
                because.setIndentationLeft(REASON_INDENT);
                because.setFirstLineIndent(-BULLET_WIDTH);
                because.setIndentationRight(6);
                document.add(because);
                Paragraph cited = citation(reason.citation());
                cited.setIndentationLeft(REASON_INDENT);
                cited.setIndentationRight(6);
                cited.setSpacingAfter(4);
                document.add(cited);
            }
            Paragraph rule = new Paragraph(PdfText.inFace(new LineSeparator(0.6f, 100, ReportColours.RULE,
                    Element.ALIGN_CENTER, 0), small));
            rule.setLeading(4);
            rule.setSpacingAfter(4);
            document.add(rule);
        }
    }

    Paragraph citation(Citation citation) {
        Paragraph p = new Paragraph();
        p.setFont(small);
        if (citation.isSafetyPolicy()) {
            // A guideline adopted as clinic safety policy: quoted only when its words were read somewhere.
            if (citation.quoted() != null) {
                p.add(new Chunk("“" + citation.quoted() + "”  ", quote));
            }
            p.add(new Chunk("— " + Citation.CLINIC_SAFETY_POLICY + ": " + citation.policy().reference(), small));
            p.setLeading(0, 1.25f);
            return p;
        }
        String title = sourceTitles.getOrDefault(citation.source(), citation.source());
        p.add(new Chunk("“" + citation.quote() + "”", quote));
        p.add(new Chunk("  — " + title + " (" + citation.source() + ")", small));
        p.setLeading(0, 1.25f);
        return p;
    }
}
