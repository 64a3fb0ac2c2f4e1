package clinic.stride.reports;

import static clinic.stride.reports.SummaryWording.DATE;
import static clinic.stride.reports.SummaryWording.duration;
import static clinic.stride.reports.SummaryWording.where;
import static clinic.stride.reports.SummaryWording.activity;
import static clinic.stride.reports.SummaryWording.footwear;
import static clinic.stride.reports.SummaryWording.gait;
import static clinic.stride.reports.SummaryWording.injuries;
import static clinic.stride.reports.SummaryWording.legLength;
import static clinic.stride.reports.SummaryWording.number;
import static clinic.stride.reports.SummaryWording.orNone;
import static clinic.stride.reports.SummaryWording.posture;
import static clinic.stride.reports.SummaryWording.row;
import static clinic.stride.reports.SummaryWording.weeks;
import static clinic.stride.reports.SummaryWording.words;

import clinic.stride.reports.pdf.ReportFonts;
import clinic.stride.reports.pdf.PdfText;
import clinic.stride.reports.pdf.TextRoles;
import clinic.stride.reports.pdf.ReportColours;
import clinic.stride.reports.pdf.PageFooter;
import clinic.stride.reports.pdf.PdfBlocks;
import clinic.stride.reports.pdf.ReportDocument;
import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.RedFlagAlert;
import clinic.stride.assessment.SuggestedAdvice;
import clinic.stride.assessment.SuggestedExercise;
import clinic.stride.intake.Activity;
import clinic.stride.intake.BodyMassIndex;
import clinic.stride.intake.Factors;
import clinic.stride.intake.Footwear;
import clinic.stride.intake.Gait;
import clinic.stride.intake.Pain;
import clinic.stride.intake.Posture;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.knowledge.Citation;
import clinic.stride.knowledge.Exercise;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.clinic.ClinicLogo;
import clinic.stride.knowledge.Source;
import clinic.stride.knowledge.Urgency;
import clinic.stride.platform.Json;
import clinic.stride.release.Release;
import clinic.stride.reports.SummaryAnswers.Part;
import clinic.stride.vocabulary.Coded;
import clinic.stride.vocabulary.Language;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The clinician summary of one intake as a PDF: warning signs first, then the pain map and the answers, the pain trend,
 * the reported factors, the possible causes ranked with their reasons and the seed passage each rests on, and the
 * suggested exercises. Every page says that Stride supports clinical judgement and is not a diagnosis.
 *
 * <p>In English, the language the knowledge base writes for clinicians; the patient's language is shown. The
 * answers are worded in clinicians' phrases where {@link SummaryAnswers} says so; any other question of the
 * catalogue is listed as itself.
 */
public final class SummaryPdf {

    private static final float BODY = 9.5f;
    static final float SMALL = 8f;
    private static final float HEADING = 11.5f;
    static final float TITLE = 18f;
    /** Title of the warning-sign box, an H2 like the section headings. */
    private static final float BOX_TITLE = 12f;

    static final String DISCLAIMER = "Stride supports clinical judgement; it is not a diagnosis.";

    private final KnowledgeBase knowledge;
    private final ReportFonts fonts = ReportFonts.embedded();
    private final Map<String, String> sourceTitles;
    private final IntakeForm form;
    private final ClinicLogo logo;

    public SummaryPdf(KnowledgeBase knowledge) {
        this(knowledge, IntakeForm.standard());
    }

    /** A summary of the questions of this catalogue (the standard one, or one with a question being designed). */
    public SummaryPdf(KnowledgeBase knowledge, IntakeForm form) {
        this(knowledge, form, null);
    }

    private SummaryPdf(KnowledgeBase knowledge, IntakeForm form, ClinicLogo logo) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.sourceTitles = knowledge.sources().stream().collect(Collectors.toMap(Source::file, Source::title));
        this.form = Objects.requireNonNull(form, "form");
        this.logo = logo;
    }

    /** The same summaries with the clinic's logo above its name in the header; null prints the name alone. */
    public SummaryPdf withLogo(ClinicLogo clinicLogo) {
        return new SummaryPdf(knowledge, form, clinicLogo);
    }

    public byte[] write(ClinicianSummary summary) {
        return write(summary, Json.mapper().valueToTree(summary.answers()));
    }

    /**
     * The summary, with the answers the catalogue's own rows read taken from their JSON (the intake body's
     * {@code pain}, {@code factors} and {@code redFlags}, as stored): a question the intake records do not hold yet
     * is read from there.
     */
    public byte[] write(ClinicianSummary summary, JsonNode answers) {
        String who = summary.patientName() + "  ·  " + summary.patient().clinicId() + "  ·  born "
                + DATE.format(summary.patient().birthDate()) + "  ·  visit " + DATE.format(summary.answers().visitDate());
        PageFooter footer = new PageFooter(List.of(who, DISCLAIMER + "  Knowledge "
                + summary.assessment().knowledgeVersion() + "."), Release.name() + "  ·  Page {0} of {1}", SMALL);
        ReportDocument.Metadata metadata = new ReportDocument.Metadata(
                // No name in the metadata: viewers show the title in window lists, recent files and search indexes.
                "Clinician summary, visit " + summary.answers().visitDate(),
                "Hip and lower-back pain intake, assessment and possible causes (not a diagnosis)",
                summary.clinicName(), "en", summary.issuedAt());
        return ReportDocument.write(metadata, ReportDocument.Standard.ACCESSIBLE_ARCHIVAL,
                TextRoles.of(TITLE, HEADING, BOX_TITLE), new float[] {42, 42, 38, 40 + PageFooter.heightFor(SMALL, 2)}, footer,
                (document, writer) -> new Writing(summary, answers).write(document, writer));
    }

    /** One summary being written; not shared between threads. */
    private final class Writing {

        private final ClinicianSummary summary;
        private final JsonNode answers;
        private final Assessment assessment;
        private final Font body = font(false, BODY, ReportColours.INK);
        private final Font bodyBold = font(true, BODY, ReportColours.INK);
        private final Font label = font(true, SMALL, ReportColours.MUTED);
        private final Font small = font(false, SMALL, ReportColours.MUTED);
        private final Font quote = italic(SMALL, ReportColours.MUTED);
        private final Font heading = font(true, HEADING, ReportColours.NAVY);
        private final SummaryCauses causes = new SummaryCauses(sourceTitles, body, small, label, quote, heading);

        Writing(ClinicianSummary summary, JsonNode answers) {
            this.summary = summary;
            this.answers = answers;
            this.assessment = summary.assessment();
        }

        void write(Document document, PdfWriter writer) throws DocumentException {
            document.add(new SummaryMasthead(summary, logo, fonts, body, small).table(writer));
            if (!assessment.redFlags().isEmpty()) {
                document.add(redFlags());
            }
            document.add(paragraph("Red-flag screen", heading, 0, 1));
            document.add(paragraph("Every warning-sign question with the patient's answer; \"not asked\" means the "
                    + "intake did not ask it (an older form, or left blank).", small, 0, 3));
            document.add(redFlagScreen());
            document.add(painSection());
            if (summary.homeProgramme() != null) {
                document.add(HomeProgrammeSection.of(summary.homeProgramme(), heading, body, label));
            }
            LefsSection.add(document, writer, summary, heading, body, small);
            addSection(document, writer, "Reported factors", factors());
            causes.add(document, writer, assessment.possibleCauses());
            addSection(document, writer, "Suggested exercises", exercises());
            if (!assessment.advice().isEmpty()) {
                addSection(document, writer, "Self-care advice on the handout", advice());
            }
        }

        /** Warning signs, most urgent first, each with its urgency in words and the seed passage behind it. */
        private PdfPTable redFlags() {
            Urgency top = assessment.redFlags().getFirst().urgency();
            Color colour = UrgencyColours.of(top);
            PdfPTable box = PdfBlocks.block();
            PdfPCell cell = PdfBlocks.cell(new Phrase());
            String title = top == Urgency.EMERGENCY ? "EMERGENCY: warning signs reported"
                    : top == Urgency.URGENT ? "Warning signs: see the patient today" : "Warning signs to follow up";
            cell.addElement(paragraph(title, font(true, BOX_TITLE, colour), 0, 4));
            PdfPTable rows = PdfBlocks.table(0.95f, 6);
            for (RedFlagAlert flag : assessment.redFlags()) {
                rows.addCell(PdfBlocks.padded(PdfBlocks.cell(flag.urgency().code().toUpperCase(Locale.ROOT),
                        font(true, SMALL, UrgencyColours.of(flag.urgency()))), 2, 4, 5, 0));
                PdfPCell text = PdfBlocks.cell(new Phrase());
                text.addElement(paragraph(flag.message(), bodyBold, 0, 1));
                text.addElement(citation(flag.citation()));
                rows.addCell(PdfBlocks.padded(text, 0, 0, 5, 0));
            }
            cell.addElement(rows);
            if (assessment.exercisesWithheld()) {
                cell.addElement(paragraph("Home exercises are withheld until a clinician stores a handout plan: the "
                        + "handout tells the patient to " + (assessment.hasEmergency() ? "get medical help now."
                        : "be seen by a clinician today."), font(true, BODY, colour), 2, 0));
            }
            box.addCell(PdfBlocks.filled(PdfBlocks.padded(PdfBlocks.striped(cell, colour, 5), 8, 10, 8, 12),
                    UrgencyColours.panelOf(top)));
            box.setSpacingAfter(12);
            return box;
        }

        /**
         * The whole red-flag screen on page 1, two questions to a row: a "yes" stands out in red, "no" is plain and
         * "not asked" is muted, so a negative screen reads as negative and a gap reads as a gap.
         */
        private PdfPTable redFlagScreen() {
            PdfPTable table = PdfBlocks.table(2.3f, 0.6f, 2.3f, 0.6f);
            table.setKeepTogether(true);
            List<String[]> rows = RedFlagScreen.rows(summary, form, answers);
            for (int i = 0; i < rows.size(); i++) {
                String[] row = rows.get(i);
                table.addCell(PdfBlocks.bottomRule(PdfBlocks.padded(PdfBlocks.cell(row[0], body), 1.5f, 4, 2.5f, 0),
                        ReportColours.RULE, 0.5f));
                Font font = row[1].equals("yes") ? font(true, BODY, ReportColours.EMERGENCY)
                        : row[1].startsWith("not asked") ? small : bodyBold;
                PdfPCell answer = PdfBlocks.bottomRule(PdfBlocks.padded(PdfBlocks.cell(
                        row[1].equals("yes") ? "YES" : row[1], font), 1.5f, 8, 2.5f, 0), ReportColours.RULE, 0.5f);
                // The last question alone on its row: its answer takes the rest of the row.
                if (i == rows.size() - 1 && i % 2 == 0) {
                    answer.setColspan(3);
                }
                table.addCell(answer);
            }
            table.setSpacingAfter(10);
            return table;
        }

        /**
         * Pain map on the left; the pain answers and the trend across visits on the right. One flat table (map |
         * label | value), the map cell spanning the rows beside it: tables nested in cells are laid out again for
         * every row height, which made this the slowest block of the summary.
         */
        private PdfPTable painSection() {
            Pain pain = summary.answers().pain();
            List<String[]> lines = new ArrayList<>(List.of(
                    row("Intensity", pain.intensity() + " / 10" + (pain.score().isSevere() ? "  (severe)" : "")),
                    row("Where", where(pain)),
                    row("Started", (pain.onset() == null ? "not answered" : pain.onset().code())
                            + (pain.durationWeeks() == null ? "" : ", " + duration(pain))),
                    row("Worse", orNone(words(pain.when()))),
                    row("Eased by", orNone(words(pain.relievedBy()))),
                    row("Feels like", orNone(words(pain.character())))));
            lines.addAll(SummaryAnswers.rows(form, answers, Part.PAIN));
            PdfPTable table = PdfBlocks.table(0.9f, 0.75f * 1.25f / 3.95f, 3.2f * 1.25f / 3.95f);
            table.setKeepTogether(true);
            table.addCell(PdfBlocks.padded(PdfBlocks.cell("Pain map", heading), 0, 14, 2, 0));
            PdfPCell painTitle = PdfBlocks.padded(PdfBlocks.cell("Pain", heading), 0, 0, 3, 0);
            painTitle.setColspan(2);
            table.addCell(painTitle);
            // The map takes the height of the rows beside it, at least 250 pt; 14 pt apart from the answers.
            PdfPCell map = PdfBlocks.drawing(0, 2, SummaryWording.bodyMapAlt(pain), (canvas, area) ->
                    PainMapDrawing.bodyMap().draw(canvas,
                    new Rectangle(area.getLeft(), area.getBottom(), area.getRight() - 14, area.getTop()),
                    pain.regions(), pain::sideOf, BodyMapCaptions.in(Language.EN)));
            map.setMinimumHeight(250);
            map.setRowspan(lines.size() + 2);
            table.addCell(map);
            for (String[] answer : lines) {
                table.addCell(PdfBlocks.padded(PdfBlocks.cell(answer[0], label), 1.5f, 6, 3, 0));
                table.addCell(PdfBlocks.padded(PdfBlocks.cell(answer[1], body), 0, 0, 3, 0));
            }
            PdfPCell trendTitle = PdfBlocks.padded(PdfBlocks.cell("Pain across visits (0–10)", heading), 8, 0, 0, 0);
            trendTitle.setColspan(2);
            table.addCell(trendTitle);
            PdfPCell chart = PdfBlocks.drawing(118, 0, SummaryWording.trendAlt(summary.painTrend()), (canvas, area) ->
                    new PainTrendChart(summary.painTrend(), Language.EN).draw(canvas, area));
            chart.setColspan(2);
            table.addCell(chart);
            table.setSpacingAfter(6);
            return table;
        }

        private PdfPTable factors() {
            Factors f = summary.answers().factors();
            BodyMassIndex bmi = f.bmi();
            List<String[]> rows = new ArrayList<>();
            rows.add(row("BMI", bmi == null ? "not enough answers (height and weight)"
                    : number(bmi.value()) + " kg/m², " + bmi.category() + "  (" + number(f.heightCm()) + " cm, "
                    + number(f.weightKg()) + " kg)"));
            rows.add(row("Footwear", footwear(f.footwear())));
            rows.add(row("Posture", posture(f.posture())));
            rows.add(row("Leg length", legLength(f.legLength())));
            rows.add(row("Gait", gait(f.gait())));
            rows.add(row("Activity", activity(f.activity())));
            rows.add(row("Past injuries", injuries(f.pastInjuries())));
            rows.add(row("Conditions", orNone(words(f.conditions()))));
            rows.addAll(SummaryAnswers.rows(form, answers, Part.FACTORS));
            return keyValues(rows, 0.9f);
        }

        private PdfPTable exercises() {
            if (assessment.exercisesWithheld()) {
                PdfPTable table = PdfBlocks.table(1);
                table.addCell(PdfBlocks.cell("Withheld because of an urgent or emergency warning sign, until a clinician "
                        + "stores a handout plan.",
                        font(true, BODY, ReportColours.EMERGENCY)));
                return table;
            }
            if (assessment.exercises().isEmpty()) {
                PdfPTable table = PdfBlocks.table(1);
                table.addCell(PdfBlocks.cell("None suggested for these answers.", body));
                return table;
            }
            HandoutCopy english = HandoutCopy.in(Language.EN);
            PdfPTable table = PdfBlocks.table(1.6f, 2.6f, 0.9f);
            table.setHeaderRows(1);
            for (String header : List.of("Exercise", "Dosage", "Dosage from")) {
                table.addCell(PdfBlocks.bottomRule(PdfBlocks.padded(PdfBlocks.cell(header, label), 0, 4, 3, 0),
                        ReportColours.RULE, 0.6f));
            }
            for (SuggestedExercise suggested : assessment.exercises()) {
                String source = "";
                String name = suggested.name();
                try {
                    Exercise exercise = knowledge.exercise(suggested.id());
                    source = Exercise.DOSAGE_FROM_SEED.equals(exercise.dosageSource()) ? "seed" : "clinic default";
                    name = exercise.name();
                } catch (NoSuchElementException e) {
                    // An exercise this knowledge version no longer has: print what the stored assessment says.
                }
                String dosage = new PlannedExercise(suggested.id(), suggested.dosage()).dosageLines(english).stream()
                        .map(PlannedExercise.DosageLine::value).collect(Collectors.joining(" · "));
                table.addCell(PdfBlocks.padded(PdfBlocks.cell(name, bodyBold), 3, 4, 3, 0));
                table.addCell(PdfBlocks.padded(PdfBlocks.cell(dosage, body), 3, 4, 3, 0));
                table.addCell(PdfBlocks.padded(PdfBlocks.cell(source, small), 4, 0, 3, 0));
            }
            return table;
        }

        private PdfPTable advice() {
            PdfPTable table = PdfBlocks.table(1);
            table.addCell(PdfBlocks.cell(assessment.advice().stream().map(SuggestedAdvice::title)
                    .collect(Collectors.joining("  ·  ")), body));
            return table;
        }

        private Paragraph citation(Citation citation) {
            return causes.citation(citation);
        }

        /** A heading and its table, the heading never alone at the foot of a page (no table nested in a table). */
        private void addSection(Document document, PdfWriter writer, String title, PdfPTable content)
                throws DocumentException {
            PdfText.keepWithNext(document, writer, 60);
            document.add(paragraph(title, heading, 8, 4));
            content.setSpacingAfter(4);
            document.add(content);
        }

        private PdfPTable keyValues(List<String[]> rows, float labelWidth) {
            PdfPTable table = PdfBlocks.table(labelWidth, 3.2f);
            for (String[] row : rows) {
                table.addCell(PdfBlocks.padded(PdfBlocks.cell(row[0], label), 1.5f, 6, 3, 0));
                table.addCell(PdfBlocks.padded(PdfBlocks.cell(row[1], body), 0, 0, 3, 0));
            }
            return table;
        }

        private Paragraph paragraph(String text, Font font, float before, float after) {
            return PdfText.paragraph(text, font, 1.25f, before, after);
        }
    }

    private Font font(boolean bold, float size, Color colour) {
        return fonts.face(bold, size, colour);
    }

    private Font italic(float size, Color colour) {
        return fonts.italicFace(size, colour);
    }

}
