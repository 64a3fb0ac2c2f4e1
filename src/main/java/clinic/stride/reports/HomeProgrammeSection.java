package clinic.stride.reports;

import clinic.stride.homeprogramme.Adherence;
import clinic.stride.reports.pdf.PdfBlocks;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The summary's home programme section: adherence and pain after exercise, in words and as two vector charts. */
final class HomeProgrammeSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private HomeProgrammeSection() {
    }

    /** The heading rides in the table, which is kept together: it never stands alone at the foot of a page. */
    static PdfPTable of(Adherence adherence, Font heading, Font body, Font label) {
        PdfPTable table = PdfBlocks.table(1, 1);
        table.setKeepTogether(true);
        PdfPCell title = PdfBlocks.padded(PdfBlocks.cell("Home programme", heading), 8, 0, 4, 0);
        title.setColspan(2);
        table.addCell(title);
        List<String> signals = new ArrayList<>();
        if (adherence.notExercising()) {
            signals.add("not exercising (under half the prescribed sessions in each of the last two weeks)");
        }
        if (adherence.painRising()) {
            signals.add("pain rising (pain after exercise up 2 points or more over two weeks)");
        }
        PdfPCell words = PdfBlocks.cell("Sessions logged " + adherence.done() + " of " + adherence.prescribed()
                + " prescribed, as of " + DATE.format(adherence.asOf()) + ". "
                + (signals.isEmpty() ? "No warning signal." : "Signals: " + String.join("; ", signals) + "."), body);
        words.setColspan(2);
        table.addCell(PdfBlocks.padded(words, 0, 0, 4, 0));
        table.addCell(PdfBlocks.padded(PdfBlocks.cell("Sessions done per week (dashed: prescribed)", label), 0, 6, 2, 0));
        table.addCell(PdfBlocks.padded(PdfBlocks.cell("Pain after exercise (0–10)", label), 0, 0, 2, 6));
        table.addCell(PdfBlocks.drawing(96, 2, weeksAlt(adherence),
                (canvas, area) -> AdherenceChart.weeks(canvas, area, adherence.weeks())));
        table.addCell(PdfBlocks.drawing(96, 2, painAlt(adherence),
                (canvas, area) -> AdherenceChart.pain(canvas, area, adherence.painAfter())));
        table.setSpacingAfter(6);
        return table;
    }

    static String weeksAlt(Adherence adherence) {
        StringBuilder alt = new StringBuilder("Bar chart of home sessions done per week against prescribed: ");
        adherence.weeks().forEach(w -> alt.append("week ending ").append(DATE.format(w.end())).append(' ')
                .append(w.done()).append(" of ").append(w.prescribed()).append("; "));
        return alt.toString().strip();
    }

    static String painAlt(Adherence adherence) {
        if (adherence.painAfter().isEmpty()) {
            return "Line chart of pain after exercise: no pain scores logged.";
        }
        StringBuilder alt = new StringBuilder("Line chart of pain after exercise, 0 to 10: ");
        adherence.painAfter().forEach(p -> alt.append(DATE.format(p.day())).append(' ').append(p.pain()).append("; "));
        return alt.toString().strip();
    }
}
