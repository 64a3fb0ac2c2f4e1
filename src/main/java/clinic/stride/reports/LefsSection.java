package clinic.stride.reports;

import clinic.stride.intake.LefsAnswers;
import clinic.stride.outcomes.Lefs;
import clinic.stride.reports.pdf.PdfText;
import java.util.Optional;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The summary's function section: the LEFS trend when the visit has a complete score, and a line when the intake's
 * LEFS was answered only in part. Such a form has no total (docs/outcomes.md: no prorating rule could be cited) and
 * so no point on the chart; without the line a clinician could not tell a partly answered questionnaire from one
 * never offered.
 */
final class LefsSection {

    static final String HEADING = "Function over time (LEFS, 0–80)";

    private LefsSection() {
    }

    static void add(Document document, PdfWriter writer, ClinicianSummary summary, Font heading, Font body, Font small)
            throws DocumentException {
        Optional<String> incomplete = incompleteAtIntake(summary.answers().lefs());
        if (summary.lefsTrend().isEmpty() && incomplete.isEmpty()) {
            return;
        }
        var title = PdfText.paragraph(HEADING, heading, 1.25f, 8, 4);
        if (summary.lefsTrend().isEmpty()) {
            PdfText.keepWithNext(document, writer, 40);
            document.add(title);
        } else {
            LefsTrendChart.addSection(document, writer, summary.lefsTrend(), title, small);
        }
        if (incomplete.isPresent()) {
            document.add(PdfText.paragraph(incomplete.get(), body, 1.25f, 2, 2));
        }
    }

    /** The line for an intake LEFS answered in part; none for a complete one, a skipped one or none at all. */
    static Optional<String> incompleteAtIntake(LefsAnswers lefs) {
        if (lefs == null || lefs.noneAnswered()) {
            return Optional.empty();
        }
        Lefs.Score score = lefs.score();
        if (score.complete()) {
            return Optional.empty();
        }
        return Optional.of("LEFS at intake: incomplete, " + score.answered() + " of " + Lefs.ITEMS
                + " activities answered. Not scored: the score needs an answer for every activity, so it has no point"
                + " on a chart.");
    }
}
