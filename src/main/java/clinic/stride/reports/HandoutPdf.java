package clinic.stride.reports;

import clinic.stride.clinic.ClinicLogo;
import clinic.stride.reports.pdf.PrintedLogo;
import clinic.stride.reports.pdf.ReportFonts;
import clinic.stride.reports.pdf.PdfText;
import clinic.stride.reports.pdf.ReportColours;
import clinic.stride.reports.pdf.PageFooter;
import clinic.stride.reports.pdf.PdfBlocks;
import clinic.stride.reports.pdf.ReportDocument;
import clinic.stride.knowledge.Advice;
import clinic.stride.knowledge.Exercise;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.knowledge.RedFlag;
import clinic.stride.knowledge.Urgency;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The patient's home-exercise handout as a PDF: one boxed block per exercise (drawing, numbered steps, how much and
 * how often, how to progress, when to stop), easiest first and at most two to a page, with how much pain is
 * acceptable and when to come back; then self-care advice and when to get help, with the clinic's phone number. An
 * urgent or emergency warning sign replaces the exercises with a box that says to get help now, or to be seen today.
 *
 * <p>Written for patients: short sentences, the patient's language, ordinary or large print. Each block is kept on
 * one page. The same {@link Handout} always gives the same bytes (see {@link ReportDocument}).
 */
public final class HandoutPdf {

    private static final float MARGIN = 50;
    /** Clinic policy: at most two exercises on one page. */
    static final int EXERCISES_PER_PAGE = 2;
    /** Share of an exercise block's width for the drawing and dosage column in ordinary print. */
    private static final float LEFT_SHARE = 0.4f;
    /** Share of the width for the drawing in large print, beside the dosage. */
    private static final float LARGE_DRAWING_SHARE = 0.56f;
    /** The clinic's logo in the header, as on the summary. */
    private static final float LOGO_HEIGHT = SummaryMasthead.LOGO_HEIGHT;
    private static final float CONTENT_WIDTH = ReportDocument.PAGE.getWidth() - 2 * MARGIN;

    private final KnowledgeBase knowledge;
    private final ReportFonts fonts = ReportFonts.embedded();
    private final ClinicLogo logo;

    public HandoutPdf(KnowledgeBase knowledge) {
        this(knowledge, null);
    }

    private HandoutPdf(KnowledgeBase knowledge, ClinicLogo logo) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.logo = logo;
    }

    /** The same handouts with the clinic's logo above its name in the header; null prints the name alone. */
    public HandoutPdf withLogo(ClinicLogo clinicLogo) {
        return new HandoutPdf(knowledge, clinicLogo);
    }

    public byte[] write(Handout handout) {
        return write(handout, null, null);
    }

    /** A home programme link printed on the handout as a QR code with its address and last day. */
    public record HomeLink(String url, java.time.LocalDate validUntil) {
    }

    public byte[] write(Handout handout, HomeLink homeLink) {
        return write(handout, homeLink, null);
    }

    public byte[] write(Handout handout, String clinicFooter) {
        return write(handout, null, clinicFooter);
    }

    /**
     * The handout, with the patient's home programme link on its first page when {@code homeLink} is given, and the
     * clinic's own footer line (clinic settings) under Stride's when it wrote one.
     */
    public byte[] write(Handout handout, HomeLink homeLink, String clinicFooter) {
        HandoutCopy copy = HandoutCopy.in(handout.language());
        HandoutStyle type = handout.largePrint() ? HandoutStyle.LARGE : HandoutStyle.ORDINARY;
        // The version is in the metadata (Creator, Producer), not on the page: a second footer line pushed the
        // emergency handout's "when to get help" box onto a page of its own. Only the clinic's own line adds one.
        String first = copy.text("footer", handout.patientName(), handout.clinicName(), handout.clinicPhone());
        List<String> lines = clinicFooter == null || clinicFooter.isBlank() ? List.of(first) : List.of(first, clinicFooter);
        PageFooter footer = new PageFooter(lines, copy.text("page", "{0}", "{1}"), Math.max(8.5f, type.smallSize()));
        float bottom = 40 + PageFooter.heightFor(type.smallSize(), lines.size());
        ReportDocument.Metadata metadata = new ReportDocument.Metadata(
                copy.text("meta.title"), copy.text("meta.subject"), handout.clinicName(),
                handout.language().code(), handout.issuedAt());
        return ReportDocument.write(metadata, ReportDocument.Standard.ACCESSIBLE, type.roles(),
                new float[] {MARGIN, MARGIN, 44, bottom}, footer,
                (document, writer) -> new Writing(handout, copy, type, homeLink).write(document, writer));
    }

    /** One handout being written; not shared between threads. */
    private final class Writing {

        private final Handout handout;
        private final HandoutCopy copy;
        private final HandoutStyle type;
        private final Font body;
        private final Font bodyBold;
        private final Font small;
        private final Font smallBold;
        private final Font heading;
        private final HomeLink homeLink;

        Writing(Handout handout, HandoutCopy copy, HandoutStyle type, HomeLink homeLink) {
            this.homeLink = homeLink;
            this.handout = handout;
            this.copy = copy;
            this.type = type;
            body = type.body();
            bodyBold = type.bodyBold();
            small = type.small();
            smallBold = type.smallBold();
            heading = type.heading();
        }

        void write(Document document, PdfWriter writer) throws DocumentException {
            document.add(masthead(writer));
            if (handout.exercisesWithheld()) {
                // Nothing to do at home yet: who to see and how soon, then when to get help. Children get no adult
                // handout either (RF-UNDER-16 withholds it like any urgent sign).
                document.add(withheld());
                document.add(new HandoutHelpBox(knowledge, handout, copy, type, fonts).build());
                return;
            }
            if (handout.clinicianChecked() != null) {
                document.add(PdfBlocks.holding(paragraph(copy.text("checked", copy.date(handout.clinicianChecked())), bodyBold, 0,
                        type.bodySize() * 0.8f)));
            }
            document.add(PdfBlocks.holding(paragraph(copy.text("intro"), body, 0, type.bodySize() * 0.8f)));
            document.add(painGuide());
            document.add(PdfBlocks.holding(paragraph(copy.text("review", copy.date(handout.reviewDate()), handout.clinicPhone()),
                    bodyBold, 0, type.bodySize() * 1.2f)));
            if (homeLink != null) {
                document.add(HomeLinkBlock.of(homeLink, copy, bodyBold, body, small, type.bodySize()));
            }
            // Easiest first (clinic policy), the planned order kept among equals.
            List<PlannedExercise> planned = new ArrayList<>();
            List<Exercise> exercises = new ArrayList<>();
            handout.exercises().stream()
                    .map(p -> Map.entry(p, find(() -> knowledge.exercise(p.id()))))
                    .filter(e -> e.getValue().isPresent())
                    .sorted(Comparator.comparing(e -> e.getValue().get(), Exercise.EASIEST_FIRST))
                    .forEach(e -> {
                        planned.add(e.getKey());
                        exercises.add(e.getValue().get());
                    });
            if (exercises.isEmpty()) {
                document.add(PdfBlocks.holding(paragraph(copy.text("none"), body, 0, type.bodySize())));
            }
            for (int i = 0; i < exercises.size(); i++) {
                if (i > 0 && i % EXERCISES_PER_PAGE == 0) {
                    // At most two exercises on a page: a patient works from one sheet at a time.
                    document.newPage();
                }
                document.add(exerciseBlock(planned.get(i), exercises.get(i), i + 1, exercises.size()));
            }
            List<Advice> advice = handout.adviceIds().stream()
                    .map(id -> find(() -> adviceById(id)).orElse(null)).filter(Objects::nonNull).toList();
            for (int i = 0; i < advice.size(); i++) {
                // The heading travels with the first item, so it never ends a page on its own.
                document.add(adviceItem(advice.get(i), i == 0 ? copy.text("advice") : null));
            }
            document.add(new HandoutHelpBox(knowledge, handout, copy, type, fonts).build());
        }

        /** How much pain is acceptable while exercising, and that it should settle by the next morning (clinic policy). */
        private PdfPTable painGuide() {
            PdfPTable box = PdfBlocks.block();
            PdfPCell cell = PdfBlocks.cell(new Phrase());
            cell.addElement(paragraph(copy.text("pain.title"), heading, 0, type.bodySize() * 0.4f));
            for (int i = 1; copy.has("pain." + i); i++) {
                cell.addElement(bullet(copy.text("pain." + i, handout.clinicPhone()), body, ReportColours.NAVY));
            }
            PdfBlocks.padded(cell, 8, 12, 10, 12);
            box.addCell(PdfBlocks.filled(PdfBlocks.striped(cell, ReportColours.NAVY, 4), ReportColours.SOON_PANEL));
            box.setSpacingAfter(type.bodySize() * 0.9f);
            return box;
        }

        private PdfPTable masthead(PdfWriter writer) {
            PdfPTable table = PdfBlocks.table(1.35f, 1);
            PdfPCell left = PdfBlocks.cell(new Phrase());
            if (logo != null) {
                PrintedLogo.of(logo.content(), ClinicLogo.SVG.equals(logo.type()), LOGO_HEIGHT, writer)
                        .ifPresent(left::addElement);
            }
            left.addElement(paragraph(handout.clinicName(), HandoutStyle.font(true, type.smallSize() + 1, ReportColours.ACCENT), 0, 2));
            left.addElement(paragraph(copy.text("title"), type.title(), 0, 0));
            PdfBlocks.padded(left, 0, 0, 10, 0);
            PdfPCell right = PdfBlocks.cell(new Phrase());
            Paragraph who = paragraph(copy.text("for", handout.patientName()), bodyBold, 0, 2);
            who.setAlignment(Element.ALIGN_RIGHT);
            Paragraph when = paragraph(copy.text("visit", copy.date(handout.visitDate())), small, 0, 0);
            when.setAlignment(Element.ALIGN_RIGHT);
            right.addElement(who);
            right.addElement(when);
            right.setVerticalAlignment(Element.ALIGN_BOTTOM);
            PdfBlocks.padded(right, 0, 0, 10, 0);
            table.addCell(PdfBlocks.bottomRule(left, ReportColours.NAVY, 2));
            table.addCell(PdfBlocks.bottomRule(right, ReportColours.NAVY, 2));
            table.setSpacingAfter(type.bodySize() * 0.9f);
            return table;
        }

        /**
         * Why there are no exercises: an emergency says get help now and go to the emergency department; an urgent
         * sign says call the clinic to be seen today. Only the signs of that level are listed here; the others follow
         * under "What you told us".
         */
        private PdfPTable withheld() {
            boolean emergency = !HandoutHelpBox.patientFlags(knowledge, handout, Urgency.EMERGENCY).isEmpty();
            String key = emergency ? "withheld" : "today";
            Color colour = emergency ? ReportColours.EMERGENCY : ReportColours.URGENT;
            PdfPTable box = PdfBlocks.block();
            PdfPCell cell = PdfBlocks.cell(new Phrase());
            cell.addElement(paragraph(copy.text(key + ".title"), HandoutStyle.font(true, type.boxTitleSize(), colour), 0,
                    type.bodySize() * 0.5f));
            for (RedFlag flag : HandoutHelpBox.patientFlags(knowledge, handout, emergency ? Urgency.EMERGENCY : Urgency.URGENT)) {
                cell.addElement(paragraph(flag.patientMessage(handout.language()), bodyBold, 0, type.bodySize() * 0.4f));
            }
            cell.addElement(paragraph(copy.text(key + ".text"), body, 0, type.bodySize() * 0.4f));
            cell.addElement(paragraph(copy.text(key + ".go", handout.clinicPhone()), bodyBold, 0, 0));
            PdfBlocks.padded(cell, 12, 14, 14, 14);
            box.addCell(PdfBlocks.filled(PdfBlocks.striped(cell, colour, 6), ReportColours.EMERGENCY_PANEL));
            box.setSpacingAfter(type.bodySize() * 1.5f);
            return box;
        }

        private PdfPTable exerciseBlock(PlannedExercise planned, Exercise exercise, int number, int count) {
            PdfPTable block = PdfBlocks.block();
            block.setSpacingAfter(type.bodySize() * 1.1f);

            // Title band: the exercise's name, and where it is in the list.
            PdfPTable band = PdfBlocks.table(3, 1);
            band.addCell(PdfBlocks.cell(exercise.name(handout.language()), heading));
            PdfPCell counter = PdfBlocks.cell(copy.text("exercise", number, count), small);
            counter.setHorizontalAlignment(Element.ALIGN_RIGHT);
            counter.setVerticalAlignment(Element.ALIGN_MIDDLE);
            band.addCell(counter);
            block.addCell(PdfBlocks.framed(PdfBlocks.filled(PdfBlocks.padded(PdfBlocks.cell(band), 7, 10, 8, 10),
                    ReportColours.PANEL), true));

            // Ordinary print: the drawing with how much and how often under it, the steps beside them. Large print:
            // one column, drawing, steps, then the dosage.
            ExerciseIllustration illustration = ExerciseIllustration.of(exercise.id());
            float drawingWidth = (type.drawingBeside() ? LEFT_SHARE : LARGE_DRAWING_SHARE) * (CONTENT_WIDTH - 20) - 8;
            // As tall as the drawing needs at the column's width, up to the print size's limit: no empty band.
            float height = Math.min(type.drawingHeight(), drawingWidth / illustration.aspectRatio() + 8);
            PdfPCell drawing = PdfBlocks.drawing(height, 4,
                    copy.text("figure", exercise.name(handout.language())), illustration::draw);
            float stepsWidth = type.drawingBeside() ? (1 - LEFT_SHARE) * (CONTENT_WIDTH - 20) - 14 : CONTENT_WIDTH - 20;
            PdfPTable steps = steps(planned.steps(exercise, handout.language()), stepsWidth);
            List<PlannedExercise.DosageLine> lines = planned.dosageLines(copy);
            PdfPTable dosage = PdfBlocks.table(1);
            for (PlannedExercise.DosageLine line : lines) {
                dosage.addCell(dosageCell(line));
            }
            PdfPCell dosageCell = PdfBlocks.filled(PdfBlocks.padded(PdfBlocks.cell(dosage), 7, 8, 3, 9),
                    ReportColours.SOON_PANEL);
            if (type.drawingBeside()) {
                PdfPTable left = PdfBlocks.table(1);
                left.addCell(drawing);
                left.addCell(dosageCell);
                PdfPTable middle = PdfBlocks.table(LEFT_SHARE, 1 - LEFT_SHARE);
                middle.addCell(PdfBlocks.cell(left));
                middle.addCell(PdfBlocks.padded(PdfBlocks.cell(steps), 0, 0, 0, 14));
                block.addCell(PdfBlocks.framed(PdfBlocks.padded(PdfBlocks.cell(middle), 10, 10, 8, 10), false));
            } else {
                PdfPTable top = PdfBlocks.table(LARGE_DRAWING_SHARE, 1 - LARGE_DRAWING_SHARE);
                drawing.setVerticalAlignment(Element.ALIGN_MIDDLE);
                top.addCell(drawing);
                dosageCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                top.addCell(dosageCell);
                PdfPTable middle = PdfBlocks.table(1);
                middle.addCell(PdfBlocks.cell(top));
                middle.addCell(PdfBlocks.padded(PdfBlocks.cell(steps), 10, 0, 0, 0));
                block.addCell(PdfBlocks.framed(PdfBlocks.padded(PdfBlocks.cell(middle), 10, 10, 8, 10), false));
            }

            // Progression, then when to stop, the latter marked in red with words as well as colour.
            PdfPCell notes = PdfBlocks.cell(new Phrase());
            Paragraph progress = new Paragraph();
            progress.add(new Chunk(copy.text("progress") + ": ", bodyBold));
            progress.add(new Chunk(exercise.progression(handout.language()), body));
            progress.setLeading(0, 1.3f);
            progress.setSpacingAfter(type.bodySize() * 0.5f);
            notes.addElement(progress);
            Paragraph stop = new Paragraph();
            stop.add(new Chunk(copy.text("stop", handout.clinicPhone()) + ": ", HandoutStyle.font(true, type.bodySize(),
                    ReportColours.EMERGENCY)));
            stop.add(new Chunk(exercise.stopIf(handout.language()), body));
            stop.setLeading(0, 1.3f);
            notes.addElement(stop);
            block.addCell(PdfBlocks.framed(PdfBlocks.padded(notes, 6, 10, 10, 10), false, true));
            return block;
        }

        private PdfPCell dosageCell(PlannedExercise.DosageLine line) {
            PdfPCell cell = PdfBlocks.cell(new Phrase());
            cell.addElement(paragraph(line.label(), smallBold, 0, 0));
            cell.addElement(paragraph(line.value(), bodyBold, 0, 0));
            return PdfBlocks.padded(cell, 0, 6, 5, 0);
        }

        private PdfPTable steps(List<String> steps, float width) {
            PdfPTable table = PdfBlocks.table(1);
            PdfPCell label = PdfBlocks.cell(copy.text("steps"), smallBold);
            table.addCell(PdfBlocks.padded(label, 0, 0, 4, 0));
            PdfPTable numbered = PdfBlocks.table(type.stepNumberWidth(), width - type.stepNumberWidth());
            for (int i = 0; i < steps.size(); i++) {
                numbered.addCell(PdfBlocks.padded(PdfBlocks.cell((i + 1) + ".", HandoutStyle.font(true, type.bodySize(),
                        ReportColours.NAVY)), 0, 0, type.bodySize() * 0.35f, 0));
                numbered.addCell(PdfBlocks.padded(PdfBlocks.cell(steps.get(i), body), 0, 0, type.bodySize() * 0.35f, 0));
            }
            table.addCell(PdfBlocks.cell(numbered));
            return table;
        }

        private PdfPTable adviceItem(Advice item, String sectionHeading) {
            PdfPTable block = PdfBlocks.block();
            if (sectionHeading != null) {
                block.addCell(PdfBlocks.padded(PdfBlocks.cell(sectionHeading, heading), type.bodySize() * 0.4f, 0,
                        type.bodySize() * 0.6f, 0));
            }
            PdfPCell cell = PdfBlocks.cell(new Phrase());
            cell.addElement(paragraph(item.title(handout.language()), bodyBold, 0, 1));
            cell.addElement(paragraph(item.text(handout.language()), body, 0, 0));
            block.addCell(PdfBlocks.padded(PdfBlocks.striped(cell, ReportColours.RULE, 3), 0, 0, 0, 10));
            block.setSpacingAfter(type.bodySize() * 0.7f);
            return block;
        }

        private Paragraph bullet(String text, Font font, Color marker) {
            return PdfText.bullet(text, font, fonts.bold(), marker);
        }

        private Paragraph paragraph(String text, Font font, float before, float after) {
            return PdfText.paragraph(text, font, 1.3f, before, after);
        }
    }

    private Advice adviceById(String id) {
        return knowledge.advice().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(id));
    }

    /**
     * An item of the knowledge base the handout names, or nothing when this knowledge version no longer has it: a
     * stored assessment may predate a knowledge release. Leaving it out beats refusing to print the handout.
     */
    static <T> Optional<T> find(java.util.function.Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (NoSuchElementException e) {
            return Optional.empty();
        }
    }
}
