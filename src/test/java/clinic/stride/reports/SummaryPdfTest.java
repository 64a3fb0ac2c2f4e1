package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.PossibleCause;
import clinic.stride.assessment.RedFlagAlert;
import clinic.stride.assessment.SuggestedExercise;
import clinic.stride.intake.Factors;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.RedFlagAnswers;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.release.PomVersion;
import clinic.stride.vocabulary.Language;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {

    private static final String MARIA = "DEMO-1001";
    private static final String JAMES = "DEMO-1002";
    private static final String CARLOS = "DEMO-1009";

    private final KnowledgeBase knowledge = ReportFixtures.knowledge();
    private final SummaryPdf summaries = new SummaryPdf(knowledge);

    @Test
    void shouldShowThePatientCausesAndExercisesWithEmbeddedFontsWhenASummaryIsPrinted() {
        ClinicianSummary summary = ReportFixtures.summary(MARIA);
        byte[] pdf = summaries.write(summary);

        String text = PdfReading.flat(PdfReading.text(pdf));
        List<PDFont> fonts = PdfReading.fonts(pdf);
        Assessment assessment = summary.assessment();
        assertAll(
                () -> assertTrue(text.contains("María Ortega Núñez"), text),
                () -> assertTrue(text.contains("DEMO-1001"), text),
                () -> assertTrue(text.contains("Stride Clinic · +1 555 0100"), "clinic name and phone: " + text),
                () -> assertTrue(text.contains("Consent signed “María Ortega Núñez” 2 Mar 2026 10:15 UTC"), text),
                () -> assertTrue(text.contains("Clinician summary"), text),
                () -> assertTrue(text.contains("32 kg/m², obese"), "BMI with category: " + text),
                () -> assertTrue(text.contains("Knowledge " + assessment.knowledgeVersion()), text),
                () -> assertTrue(fonts.stream().allMatch(PDFont::isEmbedded), "all fonts embedded: " + fonts));
        for (PossibleCause cause : assessment.possibleCauses()) {
            assertTrue(text.contains(cause.name()), cause.name());
            for (var reason : cause.reasons()) {
                assertTrue(text.contains(PdfReading.flat(reason.text())), reason.text());
                assertTrue(text.contains(reason.citation().source()), "cited source of " + reason.rule());
            }
        }
        for (SuggestedExercise exercise : assessment.exercises()) {
            assertTrue(text.contains(exercise.name()), exercise.name());
            String dosage = new PlannedExercise(exercise.id(), exercise.dosage())
                    .dosageLines(HandoutCopy.in(Language.EN)).getFirst().value();
            assertTrue(text.contains(dosage), dosage + " of " + exercise.id());
        }
    }

    @Test
    void shouldShowTheEmergencyAnswerAsYesInTheScreenWhenBladderControlWasLost() {
        String page1 = PdfReading.flat(PdfReading.pageTexts(summaries.write(ReportFixtures.summary(CARLOS))).getFirst());
        assertTrue(page1.contains("Loss of bladder or bowel control YES"), page1);
        assertTrue(page1.contains("Difficulty passing urine (retention) no"), page1);
    }

    @Test
    void shouldPutEveryRedFlagAboveThePainMapEmergencyFirstWhenWarningSignsFired() {
        ClinicianSummary summary = ReportFixtures.summary(CARLOS);
        String text = PdfReading.flat(PdfReading.text(summaries.write(summary)));

        List<RedFlagAlert> flags = summary.assessment().redFlags();
        assertEquals("RF-BLADDER-BOWEL", flags.getFirst().id());
        int map = text.indexOf("Pain map");
        int previous = -1;
        for (RedFlagAlert flag : flags) {
            int at = text.indexOf(PdfReading.flat(flag.message()));
            assertTrue(at >= 0, flag.id() + " in:\n" + text);
            assertTrue(at < map, flag.id() + " before the pain map");
            assertTrue(at > previous, flag.id() + " in urgency order");
            previous = at;
        }
        assertTrue(text.indexOf("EMERGENCY") < text.indexOf("URGENT"));
        assertTrue(text.contains("Home exercises are withheld"), text);
        assertTrue(text.contains("Withheld because of an urgent or emergency warning sign"), text);
    }

    @Test
    void shouldShowTheWholeNegativeRedFlagScreenOnPageOneWhenNothingWasReported() {
        ClinicianSummary summary = ReportFixtures.summary(JAMES);
        assertTrue(summary.assessment().redFlags().isEmpty(), "James reported no warning sign");
        String page1 = PdfReading.flat(PdfReading.pageTexts(summaries.write(summary)).getFirst());

        assertTrue(page1.contains("Red-flag screen"), page1);
        for (RedFlagScreen.Question question : RedFlagScreen.QUESTIONS) {
            assertTrue(page1.contains(question.label() + " no"), question.path() + " answered no on page 1:\n" + page1);
        }
        assertTrue(page1.contains("Fever or feeling hot and unwell no"), "fever is never invisible: " + page1);
        assertTrue(page1.contains("Pregnant or birth in last 6 months not asked (male)"), page1);
        assertTrue(page1.indexOf("Red-flag screen") < page1.indexOf("Pain map"), "the screen comes before the pain map");
    }

    @Test
    void shouldMarkYesAndNotAskedInTheScreenWhenAnIntakeHasGapsAndWarningSigns() {
        ClinicianSummary maria = ReportFixtures.summary(MARIA);
        IntakeAnswers a = maria.answers();
        Factors f = a.factors();
        // An intake from the older form: the eight new questions were never asked; fever and pregnancy say yes.
        RedFlagAnswers older = new RedFlagAnswers(false, false, false, false, true, false, false, false,
                null, null, null, null, null, null, null, null);
        IntakeAnswers answers = new IntakeAnswers(a.visitDate(), a.language(), a.pain(),
                new Factors(f.heightCm(), f.weightKg(), f.footwear(), f.posture(), f.legLength(), f.gait(), f.activity(),
                        f.pastInjuries(), f.conditions(), true), older);
        ClinicianSummary summary = new ClinicianSummary(maria.clinicName(), maria.clinicPhone(), maria.patient(), maria.ageAtVisit(), answers,
                maria.intakeVersion(), maria.assessment(), maria.painTrend(), maria.issuedAt(), null);
        String page1 = PdfReading.flat(PdfReading.pageTexts(summaries.write(summary)).getFirst());

        assertAll(
                () -> assertTrue(page1.contains("Fever or feeling hot and unwell YES"), page1),
                () -> assertTrue(page1.contains("Loss of bladder or bowel control no"), page1),
                () -> assertTrue(page1.contains("Saddle numbness or tingling not asked"), page1),
                () -> assertTrue(page1.contains("History of cancer not asked"), page1),
                () -> assertTrue(page1.contains("Immunosuppressed (drugs or illness) not asked"), page1),
                () -> assertTrue(page1.contains("Pregnant or birth in last 6 months YES"), page1),
                () -> assertTrue(page1.contains("No consent recorded"), "an intake without consent is flagged: " + page1));
    }

    @Test
    void shouldSayItIsNotADiagnosisAndNumberTheTotalOnEveryPage() {
        List<String> pages = PdfReading.pageTexts(summaries.write(ReportFixtures.summary(JAMES)));

        assertTrue(pages.size() >= 2, "pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = PdfReading.flat(pages.get(i));
            assertTrue(page.contains(SummaryPdf.DISCLAIMER), "disclaimer on page " + (i + 1));
            assertTrue(page.contains("Page " + (i + 1) + " of " + pages.size()), "page " + (i + 1) + ": " + page);
            assertTrue(page.contains("James Carter"), "patient named on page " + (i + 1));
        }
    }

    @Test
    void shouldDrawTheMapAndTrendAsVectorsWhenTheSummaryIsPrinted() throws IOException {
        try (PDDocument read = SamplePdf.read(summaries.write(ReportFixtures.summary(JAMES)))) {
            PDPage first = read.getPage(0);
            assertEquals(0, SamplePdf.imageCount(first), "no bitmaps");
            assertTrue(SamplePdf.operators(first).stream().filter("c"::equals).count() > 100, "Bézier curves");
        }
    }

    @Test
    void shouldDescribeTheDocumentAndRepeatItByteForByteWhenPrintedAgain() throws IOException {
        ClinicianSummary summary = ReportFixtures.summary(JAMES);
        byte[] pdf = summaries.write(summary);

        assertArrayEquals(pdf, new SummaryPdf(knowledge).write(summary));
        try (PDDocument read = SamplePdf.read(pdf)) {
            PDDocumentInformation info = read.getDocumentInformation();
            assertAll(
                    () -> assertTrue(info.getTitle().startsWith("Clinician summary, visit ") && !info.getTitle().contains("Carter"), info.getTitle()),
                    () -> assertEquals("Stride Clinic", info.getAuthor()),
                    () -> assertTrue(info.getSubject().contains("not a diagnosis"), info.getSubject()),
                    () -> assertEquals("Stride " + PomVersion.expected(), info.getCreator()),
                    () -> assertEquals("Stride " + PomVersion.expected(), info.getProducer()),
                    () -> assertEquals("en", read.getDocumentCatalog().getLanguage()));
        }
        assertFalse(PdfReading.text(pdf).isBlank());
        List<String> pages = PdfReading.pageTexts(pdf);
        for (int page = 1; page <= pages.size(); page++) {
            String footer = "Stride " + PomVersion.expected() + "  ·  Page " + page + " of " + pages.size();
            assertTrue(PdfReading.flat(pages.get(page - 1)).contains(PdfReading.flat(footer)), footer + " on page " + page);
        }
    }
}
