package clinic.stride.reports;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.PossibleCause;
import clinic.stride.assessment.Reason;
import clinic.stride.assessment.RedFlagAlert;
import clinic.stride.assessment.SuggestedAdvice;
import clinic.stride.assessment.SuggestedExercise;
import clinic.stride.intake.Activity;
import clinic.stride.intake.BodyMassIndex;
import clinic.stride.intake.Coded;
import clinic.stride.intake.Factors;
import clinic.stride.intake.Footwear;
import clinic.stride.intake.Gait;
import clinic.stride.intake.Language;
import clinic.stride.intake.LegLength;
import clinic.stride.intake.Pain;
import clinic.stride.intake.PastInjuries;
import clinic.stride.intake.Posture;
import clinic.stride.intake.Side;
import clinic.stride.knowledge.Citation;
import clinic.stride.knowledge.Exercise;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.knowledge.Source;
import clinic.stride.knowledge.Urgency;
import clinic.stride.release.Release;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.DrawInterface;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * The clinician summary of one intake as a PDF: warning signs first, then the pain map and the answers, the pain trend,
 * the reported factors, the possible causes ranked with their reasons and the seed passage each rests on, and the
 * suggested exercises. Every page says that Stride supports clinical judgement and is not a diagnosis.
 *
 * <p>In English, the language the knowledge base writes for clinicians; the patient's language is shown.
 */
public final class SummaryPdf {

    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;
    private static final float HEADING = 11.5f;
    private static final float TITLE = 18f;
    /** Reasons under a cause: text starts here, the bullet hangs to its left. */
    private static final float REASON_INDENT = 18f;
    private static final float BULLET_WIDTH = 8f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final String DISCLAIMER = "Stride supports clinical judgement; it is not a diagnosis.";

    private final KnowledgeBase knowledge;
    private final ReportFonts fonts = ReportFonts.embedded();
    private final Map<String, String> sourceTitles;

    public SummaryPdf(KnowledgeBase knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.sourceTitles = knowledge.sources().stream().collect(Collectors.toMap(Source::file, Source::title));
    }

    public byte[] write(ClinicianSummary summary) {
        String who = summary.patientName() + "  ·  " + summary.patient().clinicId() + "  ·  born "
                + DATE.format(summary.patient().birthDate()) + "  ·  visit " + DATE.format(summary.answers().visitDate());
        PageFooter footer = new PageFooter(List.of(who, DISCLAIMER + "  Knowledge "
                + summary.assessment().knowledgeVersion() + "."), Release.name() + "  ·  Page {0} of {1}", SMALL);
        ReportDocument.Metadata metadata = new ReportDocument.Metadata(
                // No name in the metadata: viewers show the title in window lists, recent files and search indexes.
                "Clinician summary, visit " + summary.answers().visitDate(),
                "Hip and lower-back pain intake, assessment and possible causes (not a diagnosis)",
                summary.clinicName(), "en", summary.issuedAt());
        return ReportDocument.write(metadata, new float[] {42, 42, 38, 40 + PageFooter.heightFor(SMALL, 2)}, footer,
                (document, writer) -> new Writing(summary).write(document, writer));
    }

    /** One summary being written; not shared between threads. */
    private final class Writing {

        private final ClinicianSummary summary;
        private final Assessment assessment;
        private final Font body = font(false, BODY, ReportColours.INK);
        private final Font bodyBold = font(true, BODY, ReportColours.INK);
        private final Font label = font(true, SMALL, ReportColours.MUTED);
        private final Font small = font(false, SMALL, ReportColours.MUTED);
        private final Font quote = italic(SMALL, ReportColours.MUTED);
        private final Font heading = font(true, HEADING, ReportColours.NAVY);

        Writing(ClinicianSummary summary) {
            this.summary = summary;
            this.assessment = summary.assessment();
        }

        void write(Document document, PdfWriter writer) throws DocumentException {
            document.add(masthead());
            if (!assessment.redFlags().isEmpty()) {
                document.add(redFlags());
            }
            document.add(paragraph("Red-flag screen", heading, 0, 1));
            document.add(paragraph("Every warning-sign question with the patient's answer; \"not asked\" means the "
                    + "intake did not ask it (an older form, or left blank).", small, 0, 3));
            document.add(redFlagScreen());
            document.add(painSection());
            addSection(document, writer, "Reported factors", factors());
            addCauses(document, writer);
            addSection(document, writer, "Suggested exercises", exercises());
            if (!assessment.advice().isEmpty()) {
                addSection(document, writer, "Self-care advice on the handout", advice());
            }
        }

        private PdfPTable masthead() {
            PdfPTable table = PdfBlocks.table(1.1f, 1);
            PdfPCell left = PdfBlocks.cell(new Phrase());
            left.addElement(paragraph(summary.clinicName(), font(true, 9, ReportColours.ACCENT), 0, 1));
            left.addElement(paragraph("Clinician summary", font(true, TITLE, ReportColours.NAVY), 0, 2));
            left.addElement(paragraph("Hip and lower-back pain when walking or running", small, 0, 0));
            PdfPCell right = PdfBlocks.cell(new Phrase());
            right.addElement(rightAligned(paragraph(summary.patientName(), font(true, 13, ReportColours.INK), 0, 1)));
            var patient = summary.patient();
            right.addElement(rightAligned(paragraph(patient.clinicId() + "  ·  born " + DATE.format(patient.birthDate())
                    + " (" + summary.ageAtVisit() + " y)  ·  " + patient.sex(), body, 0, 1)));
            right.addElement(rightAligned(paragraph("Visit " + DATE.format(summary.answers().visitDate())
                    + "  ·  intake version " + summary.intakeVersion() + "  ·  prefers "
                    + (summary.answers().language() == Language.ES ? "Spanish" : "English"), small, 0, 0)));
            right.setVerticalAlignment(Element.ALIGN_BOTTOM);
            table.addCell(PdfBlocks.bottomRule(PdfBlocks.padded(left, 0, 0, 8, 0), ReportColours.NAVY, 2));
            table.addCell(PdfBlocks.bottomRule(PdfBlocks.padded(right, 0, 0, 8, 0), ReportColours.NAVY, 2));
            table.setSpacingAfter(10);
            return table;
        }

        /** Warning signs, most urgent first, each with its urgency in words and the seed passage behind it. */
        private PdfPTable redFlags() {
            Urgency top = assessment.redFlags().getFirst().urgency();
            Color colour = colourOf(top);
            PdfPTable box = PdfBlocks.block();
            PdfPCell cell = PdfBlocks.cell(new Phrase());
            String title = top == Urgency.EMERGENCY ? "EMERGENCY: warning signs reported"
                    : top == Urgency.URGENT ? "Warning signs: see the patient today" : "Warning signs to follow up";
            cell.addElement(paragraph(title, font(true, 12, colour), 0, 4));
            PdfPTable rows = PdfBlocks.table(0.95f, 6);
            for (RedFlagAlert flag : assessment.redFlags()) {
                rows.addCell(PdfBlocks.padded(PdfBlocks.cell(flag.urgency().code().toUpperCase(Locale.ROOT),
                        font(true, SMALL, colourOf(flag.urgency()))), 2, 4, 5, 0));
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
                    panelOf(top)));
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
            List<String[]> rows = new ArrayList<>();
            for (RedFlagScreen.Question question : RedFlagScreen.QUESTIONS) {
                rows.add(new String[] {question.label(),
                        RedFlagScreen.Answer.of(question.answer().apply(summary.answers())).words()});
            }
            rows.add(new String[] {RedFlagScreen.PREGNANT.label(),
                    RedFlagScreen.pregnancyWords(summary.answers(), summary.patient().sex())});
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
            List<String[]> answers = List.of(
                    row("Intensity", pain.intensity() + " / 10" + (pain.score().isSevere() ? "  (severe)" : "")),
                    row("Where", where(pain)),
                    row("Started", (pain.onset() == null ? "not answered" : pain.onset().code())
                            + (pain.durationWeeks() == null ? "" : ", " + duration(pain))),
                    row("Worse", orNone(words(pain.when()))),
                    row("Eased by", orNone(words(pain.relievedBy()))),
                    row("Feels like", orNone(words(pain.character()))));
            PdfPTable table = PdfBlocks.table(0.9f, 0.75f * 1.25f / 3.95f, 3.2f * 1.25f / 3.95f);
            table.setKeepTogether(true);
            table.addCell(PdfBlocks.padded(PdfBlocks.cell("Pain map", heading), 0, 14, 2, 0));
            PdfPCell painTitle = PdfBlocks.padded(PdfBlocks.cell("Pain", heading), 0, 0, 3, 0);
            painTitle.setColspan(2);
            table.addCell(painTitle);
            // The map takes the height of the rows beside it, at least 250 pt; 14 pt apart from the answers.
            PdfPCell map = PdfBlocks.drawing(0, 2, (canvas, area) -> PainMapDrawing.bodyMap().draw(canvas,
                    new Rectangle(area.getLeft(), area.getBottom(), area.getRight() - 14, area.getTop()),
                    pain.regions(), pain::sideOf, BodyMapCaptions.in(Language.EN)));
            map.setMinimumHeight(250);
            map.setRowspan(answers.size() + 2);
            table.addCell(map);
            for (String[] answer : answers) {
                table.addCell(PdfBlocks.padded(PdfBlocks.cell(answer[0], label), 1.5f, 6, 3, 0));
                table.addCell(PdfBlocks.padded(PdfBlocks.cell(answer[1], body), 0, 0, 3, 0));
            }
            PdfPCell trendTitle = PdfBlocks.padded(PdfBlocks.cell("Pain across visits (0–10)", heading), 8, 0, 0, 0);
            trendTitle.setColspan(2);
            table.addCell(trendTitle);
            PdfPCell chart = PdfBlocks.drawing(118, 0, (canvas, area) ->
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
            return keyValues(rows, 0.9f);
        }

        /**
         * Possible causes, highest score first, each with its reasons and cited passages. Written as paragraphs and
         * lists rather than tables: a table lays each cell's text out twice (to measure, then to write), and this is
         * the longest part of the summary. A cause whose heading would sit at the foot of a page starts the next.
         */
        private void addCauses(Document document, PdfWriter writer) throws DocumentException {
            keepWithNext(document, writer, 70);
            document.add(paragraph("Possible causes to consider", heading, 8, 1));
            document.add(paragraph("Ranked by the summed weight of matching rules. Each reason cites the passage "
                    + "of the patient-education source it rests on.", small, 0, 5));
            if (assessment.possibleCauses().isEmpty()) {
                document.add(paragraph("No rule matched these answers.", body, 0, 4));
                return;
            }
            Font rankFont = font(true, 10.5f, ReportColours.NAVY);
            Font nameFont = font(true, 10.5f, ReportColours.INK);
            Font bullet = font(true, BODY, ReportColours.MUTED);
            int rank = 1;
            for (PossibleCause cause : assessment.possibleCauses()) {
                keepWithNext(document, writer, 60);
                Paragraph head = new Paragraph();
                head.setFont(nameFont);   // also the font of the spacing OpenPDF adds: never its default Helvetica
                head.add(new Chunk(rank++ + ".  ", rankFont));
                head.add(new Chunk(cause.name(), nameFont));
                head.add(separator(new VerticalPositionMark(), label));
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
                Paragraph rule = new Paragraph(separator(new LineSeparator(0.6f, 100, ReportColours.RULE,
                        Element.ALIGN_CENTER, 0), small));
                rule.setLeading(4);
                rule.setSpacingAfter(4);
                document.add(rule);
            }
        }

        /** A glue or rule chunk in the report font: left to its default, OpenPDF would add plain Helvetica. */
        private Chunk separator(DrawInterface drawing, Font font) {
            Chunk chunk = new Chunk(drawing);
            chunk.setFont(font);
            return chunk;
        }

        /** Starts a new page when less than {@code points} of height are left, so a heading never ends a page. */
        private void keepWithNext(Document document, PdfWriter writer, float points) {
            if (writer.getVerticalPosition(true) - document.bottom() < points) {
                document.newPage();
            }
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

        /** A heading and its table, the heading never alone at the foot of a page (no table nested in a table). */
        private void addSection(Document document, PdfWriter writer, String title, PdfPTable content)
                throws DocumentException {
            keepWithNext(document, writer, 60);
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

        private Paragraph rightAligned(Paragraph paragraph) {
            paragraph.setAlignment(Element.ALIGN_RIGHT);
            return paragraph;
        }

        private Paragraph paragraph(String text, Font font, float before, float after) {
            Paragraph paragraph = new Paragraph(text, font);
            paragraph.setLeading(0, 1.25f);
            paragraph.setSpacingBefore(before);
            paragraph.setSpacingAfter(after);
            return paragraph;
        }
    }

    private Font font(boolean bold, float size, Color colour) {
        Font font = new Font(bold ? fonts.bold() : fonts.regular(), size);
        font.setColor(colour);
        return font;
    }

    private Font italic(float size, Color colour) {
        Font font = new Font(fonts.italic(), size);
        font.setColor(colour);
        return font;
    }

    private static Color colourOf(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY -> ReportColours.EMERGENCY;
            case URGENT -> ReportColours.URGENT;
            case SOON -> ReportColours.SOON;
        };
    }

    private static Color panelOf(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY -> ReportColours.EMERGENCY_PANEL;
            case URGENT -> ReportColours.URGENT_PANEL;
            case SOON -> ReportColours.SOON_PANEL;
        };
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    /** Answer codes as words: {@code during_walking} is "during walking"; in the order of the answer vocabulary. */
    static String words(Collection<? extends Coded> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        return codes.stream()
                .sorted((a, b) -> Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal()))
                .map(c -> c.code().replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "none reported" : text;
    }

    /** Each place with its own side ("outer hip, right; lower back, left"), or the places and their one side. */
    static String where(Pain pain) {
        if (!pain.hasSidePerRegion()) {
            return words(pain.regions()) + "; " + pain.side() + (pain.side() == Side.BOTH ? " sides" : " side");
        }
        return pain.regions().stream()
                .map(region -> region.code().replace('_', ' ') + ", " + pain.sideOf(region)
                        + (pain.sideOf(region) == Side.BOTH ? " sides" : ""))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** How long it has hurt, as the patient gave it ("2 months ago"); in weeks for intakes that only have weeks. */
    static String duration(Pain pain) {
        if (pain.durationAmount() != null && pain.durationUnit() != null) {
            String amount = java.math.BigDecimal.valueOf(pain.durationAmount()).stripTrailingZeros().toPlainString();
            String unit = pain.durationUnit().code();
            if (pain.durationAmount() == 1.0) {
                unit = unit.substring(0, unit.length() - 1);
            }
            return amount + " " + unit + " ago";
        }
        return weeks(pain.durationWeeks());
    }

    private static String weeks(int weeks) {
        if (weeks == 0) {
            return "less than a week ago";
        }
        if (weeks >= 104) {
            return weeks / 52 + " years ago";
        }
        return (weeks == 1 ? "1 week" : weeks + " weeks") + " ago";
    }

    private static String number(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    private static String footwear(Footwear shoes) {
        List<String> parts = new ArrayList<>();
        if (shoes.type() != null) {
            parts.add(shoes.type().code().replace('_', ' ') + " shoes");
        }
        if (shoes.ageMonths() != null) {
            parts.add(shoes.ageMonths() + " months old");
        }
        flag(parts, shoes.wornOut(), "worn out", "not worn out");
        flag(parts, shoes.orthotics(), "orthotics or insoles", "no orthotics");
        return joined(parts);
    }

    private static String posture(Posture posture) {
        List<String> parts = new ArrayList<>();
        if (posture.sittingHoursPerDay() != null) {
            parts.add("sits " + number(posture.sittingHoursPerDay()) + " h a day");
        }
        flag(parts, posture.slouched(), "slouches", null);
        flag(parts, posture.archedBack(), "arched lower back", null);
        return joined(parts);
    }

    private static String legLength(LegLength leg) {
        if (leg.differenceMm() == null) {
            return "not reported";
        }
        if (leg.differenceMm() == 0) {
            return "no difference";
        }
        String text = leg.differenceMm() + " mm";
        if (leg.longerSide() != null) {
            text += ", " + leg.longerSide() + " leg longer";
        }
        if (leg.measured() != null) {
            text += leg.measured() ? " (measured)" : " (self-reported)";
        }
        return text;
    }

    private static String gait(Gait gait) {
        List<String> parts = new ArrayList<>();
        flag(parts, gait.kneeValgus(), "knees go in (valgus)", null);
        flag(parts, gait.overPronation(), "over-pronation", null);
        flag(parts, gait.supination(), "supination", null);
        flag(parts, gait.limp(), "limp", null);
        boolean answered = gait.kneeValgus() != null || gait.overPronation() != null || gait.supination() != null
                || gait.limp() != null;
        return parts.isEmpty() ? (answered ? "nothing unusual reported" : "not answered") : String.join(", ", parts);
    }

    private static String activity(Activity a) {
        List<String> parts = new ArrayList<>();
        if (a.walkingKmPerWeek() != null) {
            parts.add("walks " + number(a.walkingKmPerWeek()) + " km a week");
        }
        if (a.hasRunningDistance()) {
            parts.add("runs " + number(a.runningKmPerWeek()) + " km a week");
        }
        flag(parts, a.recentIncrease(), "recent increase", null);
        flag(parts, a.unevenTerrain(), "uneven ground", null);
        flag(parts, a.downhill(), "downhill", null);
        flag(parts, a.speedWork(), "speed work", null);
        flag(parts, a.strengthTraining(), "strength training", "no strength training");
        flag(parts, a.warmsUp(), "warms up", "no warm-up");
        if (!a.sports().isEmpty()) {
            parts.add("sports: " + words(a.sports()));
        }
        return joined(parts);
    }

    private static String injuries(PastInjuries injuries) {
        List<String> parts = new ArrayList<>();
        flag(parts, injuries.hipFracture(), "hip fracture", null);
        flag(parts, injuries.dislocation(), "hip dislocation", null);
        if (injuries.other() != null && !injuries.other().isBlank()) {
            parts.add(injuries.other().strip());
        }
        return parts.isEmpty() ? "none reported" : String.join("; ", parts);
    }

    private static void flag(List<String> parts, Boolean answer, String yes, String no) {
        if (Boolean.TRUE.equals(answer)) {
            parts.add(yes);
        } else if (Boolean.FALSE.equals(answer) && no != null) {
            parts.add(no);
        }
    }

    private static String joined(List<String> parts) {
        return parts.isEmpty() ? "not answered" : String.join(", ", parts);
    }
}
