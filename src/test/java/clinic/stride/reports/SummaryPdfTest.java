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
import clinic.stride.intake.Language;
import clinic.stride.knowledge.KnowledgeBase;
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
        assertTrue(text.contains("Withheld because of an emergency warning sign."), text);
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
                    () -> assertEquals("Stride", info.getCreator()),
                    () -> assertEquals("en", read.getDocumentCatalog().getLanguage()));
        }
        assertFalse(PdfReading.text(pdf).isBlank());
    }
}
