package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.assessment.Assessment;
import clinic.stride.knowledge.Dosage;
import clinic.stride.knowledge.Exercise;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.knowledge.ReadingGrade;
import clinic.stride.knowledge.RedFlag;
import clinic.stride.release.PomVersion;
import clinic.stride.vocabulary.Language;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandoutPdfTest {

    private static final String JAMES = "DEMO-1002";
    private static final String MARIA = "DEMO-1001";
    private static final String CARLOS = "DEMO-1009";

    private final KnowledgeBase knowledge = ReportFixtures.knowledge();
    private final HandoutPdf handouts = new HandoutPdf(knowledge);

    @Test
    void shouldEmbedEveryFontAndNameThePatientWhenTheHandoutIsPrinted() {
        byte[] pdf = handouts.write(ReportFixtures.handout(JAMES, Language.EN, false));

        String text = PdfReading.flat(PdfReading.text(pdf));
        List<PDFont> fonts = PdfReading.fonts(pdf);
        int pages = PdfReading.pageCount(pdf);
        assertAll(
                () -> assertTrue(pages >= 2 && pages <= 5, "pages: " + pages),
                () -> assertTrue(text.contains("Page " + pages + " of " + pages), "last page numbered: " + text),
                () -> assertTrue(text.contains("For James Carter"), text),
                () -> assertFalse(fonts.isEmpty()),
                () -> assertTrue(fonts.stream().allMatch(PDFont::isEmbedded), "all fonts embedded: " + fonts));
    }

    @Test
    void shouldPrintTheClinicsOwnFooterOnEveryPageWhenTheClinicWroteOne() {
        byte[] pdf = handouts.write(ReportFixtures.handout(JAMES, Language.EN, false), "Open Monday–Friday · Calle Mayor 1");

        List<String> pages = PdfReading.pageTexts(pdf);
        assertAll(pages.stream().map(page -> () -> assertTrue(PdfReading.flat(page).contains(
                "Open Monday–Friday · Calle Mayor 1"), page)));
        assertFalse(PdfReading.text(handouts.write(ReportFixtures.handout(JAMES, Language.EN, false))).contains("Calle"));
    }

    @Test
    void shouldListEveryExerciseWithItsDosageWhenTheAssessmentSuggestsThem() {
        Handout handout = ReportFixtures.handout(JAMES, Language.EN, false);
        String text = PdfReading.flat(PdfReading.text(handouts.write(handout)));

        assertFalse(handout.exercises().isEmpty());
        for (PlannedExercise planned : handout.exercises()) {
            Exercise exercise = knowledge.exercise(planned.id());
            assertTrue(text.contains(exercise.name()), exercise.name() + " in:\n" + text);
            for (PlannedExercise.DosageLine line : planned.dosageLines(HandoutCopy.in(Language.EN))) {
                assertTrue(text.contains(line.value()), line + " of " + exercise.id() + " in:\n" + text);
            }
            assertTrue(text.contains(exercise.stopIf()), "when to stop " + exercise.id());
        }
        assertTrue(text.contains(HandoutCopy.in(Language.EN).text("advice")), "advice heading in:\n" + text);
        for (String id : handout.adviceIds()) {
            String title = knowledge.advice().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().title();
            assertTrue(text.contains(title), "advice " + id);
        }
    }

    @Test
    void shouldPrintTheClinicianDosageInTheBoxAndTheStepsWhenItDiffersFromTheDefault() {
        List<PlannedExercise> plan = List.of(
                new PlannedExercise("clamshells", new Dosage(2, 12, null, null, 5, true)),
                new PlannedExercise("gentle-walking", new Dosage(null, null, null, 20, 7, false)));
        String text = PdfReading.flat(PdfReading.text(
                handouts.write(ReportFixtures.handout(JAMES, Language.EN, false, plan))));

        assertAll(
                () -> assertTrue(text.contains("2 sets of 12 on each side"), text),
                () -> assertTrue(text.contains("5 times a week"), text),
                () -> assertTrue(text.contains("Do this 12 times."), "steps follow the dosage: " + text),
                () -> assertFalse(text.contains("Do this 10 times."), text),
                () -> assertTrue(text.contains("20 minutes") && text.contains("Every day"), text),
                () -> assertTrue(text.contains("Exercise 2 of 2"), text),
                () -> assertFalse(text.contains(knowledge.exercise("side-leg-lifts").name()), "only the chosen ones"));
    }

    @Test
    void shouldWriteForSpanishReadersWhenTheHandoutIsInSpanish() {
        Handout handout = ReportFixtures.handout(MARIA, Language.ES, false);
        String text = PdfReading.flat(PdfReading.text(handouts.write(handout)));

        Exercise first = knowledge.exercise(handout.exercises().getFirst().id());
        assertAll(
                () -> assertTrue(text.contains("Deténgase y llámenos"), text),
                () -> assertTrue(text.contains("ejercicio"), text),
                () -> assertTrue(text.contains("Para María Ortega Núñez"), text),
                () -> assertTrue(text.contains(first.nameEs()), text),
                () -> assertTrue(text.contains(first.stepsEs().getFirst()), text),
                () -> assertTrue(text.contains("veces por semana"), text),
                () -> assertFalse(text.contains(first.steps().getFirst()), "no English steps"),
                () -> assertFalse(text.contains("How often") || text.contains("Stop and call us"), "no English labels"));
    }

    @Test
    void shouldTellThePatientWhatTheyReportedWhenAWarningSignFired() {
        Handout handout = ReportFixtures.handout(MARIA, Language.ES, false);
        String text = PdfReading.flat(PdfReading.text(handouts.write(handout)));

        assertFalse(handout.redFlags().isEmpty(), "María's last visit reports pain not improving with rest");
        for (var flag : handout.redFlags()) {
            RedFlag known = knowledge.redFlag(flag.id());
            assertTrue(text.contains(known.patientMessageEs()), flag.id() + " in:\n" + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "ES"})
    void shouldListFeverAndTheNewWarningSignsUnderWhatYouToldUsWhenAnsweredYes(Language language) {
        var visit = ReportFixtures.latestVisit(JAMES);
        var a = visit.answers();
        var f = a.factors();
        var answers = new clinic.stride.intake.IntakeAnswers(a.visitDate(), a.language(), a.pain(),
                new clinic.stride.intake.Factors(f.heightCm(), f.weightKg(), f.footwear(), f.posture(), f.legLength(),
                        f.gait(), f.activity(), f.pastInjuries(), f.conditions(), true),
                new clinic.stride.intake.RedFlagAnswers(false, false, false, false, true, false, false, false,
                        false, false, false, false, false, true, null, true));
        Assessment assessment = ReportFixtures.assess(visit);
        Handout assessed = Handout.of("Stride Clinic", ReportFixtures.PHONE, "James Carter", a.visitDate(), language,
                false, List.of(), assessment, java.time.Instant.parse("2026-11-20T10:00:00Z"), null, answers);
        // Without warning signs, so that every statement is the patient's own (a fired sign may tell it instead).
        Handout handout = new Handout(assessed.clinicName(), assessed.clinicPhone(), assessed.patientName(),
                assessed.visitDate(), language, false, List.of(), false, List.of(), assessed.adviceIds(),
                assessed.issuedAt(), null, assessed.toldUs());
        String text = PdfReading.flat(PdfReading.text(handouts.write(handout)));

        HandoutCopy copy = HandoutCopy.in(language);
        assertEquals(List.of("told.fever", "told.cancerHistory", "told.immunosuppressed", "told.pregnant"), handout.toldUs());
        assertAll(
                () -> assertTrue(text.contains(copy.text("help.told")), text),
                () -> assertTrue(text.contains(PdfReading.flat(copy.text("told.fever"))), text),
                () -> assertTrue(text.contains(PdfReading.flat(copy.text("told.cancerHistory"))), text),
                () -> assertTrue(text.contains(PdfReading.flat(copy.text("told.immunosuppressed"))), text),
                () -> assertTrue(text.contains(PdfReading.flat(copy.text("told.pregnant"))), text),
                () -> assertFalse(text.contains(PdfReading.flat(copy.text("told.saddleNumbness"))), "a no is not told"),
                () -> assertTrue(text.indexOf(copy.text("help.told")) < text.indexOf(PdfReading.flat(copy.text("told.fever")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {JAMES, MARIA, CARLOS, "DEMO-1004", "DEMO-1007"})
    void shouldReadAtGradeEightOrBelowWhenTheHandoutIsInEnglish(String clinicId) {
        for (boolean large : List.of(false, true)) {
            String text = PdfReading.flat(PdfReading.text(
                    handouts.write(ReportFixtures.handout(clinicId, Language.EN, large))));

            double grade = ReadingGrade.fleschKincaid(text);

            assertTrue(grade <= 8, clinicId + " handout reads at grade " + grade + ":\n" + text);
        }
    }

    @Test
    void shouldPrintBodyTextAtSixteenPointsOrMoreWhenLargePrintIsChosen() {
        byte[] pdf = handouts.write(ReportFixtures.handout(JAMES, Language.EN, true));

        Map<Float, Integer> sizes = PdfReading.charactersBySize(pdf);
        float mostUsed = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int characters = sizes.values().stream().mapToInt(Integer::intValue).sum();
        int atLeast16 = sizes.entrySet().stream().filter(e -> e.getKey() >= 16).mapToInt(Map.Entry::getValue).sum();
        float smallest = sizes.keySet().stream().min(Float::compare).orElseThrow();
        assertAll(
                () -> assertTrue(mostUsed >= 16, "body size " + mostUsed + " in " + sizes),
                () -> assertTrue(atLeast16 >= characters * 0.85, "share at 16 pt or more: " + sizes),
                () -> assertTrue(smallest >= 13, "labels and footer at 13 pt or more: " + sizes));
    }

    @Test
    void shouldPrintOrdinaryHandoutBodyTextLargerThanTheSummaryWhenNotLargePrint() {
        Map<Float, Integer> sizes = PdfReading.charactersBySize(
                handouts.write(ReportFixtures.handout(JAMES, Language.EN, false)));

        float mostUsed = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertTrue(mostUsed >= 11 && mostUsed < 16, "ordinary body size " + mostUsed + " in " + sizes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "ES"})
    void shouldSayGetHelpNowAndGiveNoExercisesWhenAnEmergencyWithheldThem(Language language) {
        Assessment assessment = ReportFixtures.assess(ReportFixtures.latestVisit(CARLOS));
        List<PlannedExercise> anyway = List.of(PlannedExercise.asSuggested(knowledge.exercise("clamshells")));
        String text = PdfReading.flat(PdfReading.text(
                handouts.write(ReportFixtures.handout(CARLOS, language, false, anyway))));

        assertTrue(assessment.exercisesWithheld());
        HandoutCopy copy = HandoutCopy.in(language);
        assertAll(
                () -> assertTrue(text.contains(copy.text("withheld.title")), text),
                () -> assertTrue(text.contains(knowledge.redFlag("RF-BLADDER-BOWEL").patientMessage(language)), text),
                () -> assertTrue(text.indexOf(copy.text("withheld.title")) < text.indexOf(copy.text("help")),
                        "get help now comes first"),
                () -> assertFalse(text.contains(knowledge.exercise("clamshells").name(language)), "no exercises"),
                () -> assertFalse(text.contains(copy.text("dosage.often")), "no dosage"));
    }

    @Test
    void shouldWriteIdenticalBytesWhenTheSameHandoutIsPrintedAgainOrInParallel() throws Exception {
        Handout handout = ReportFixtures.handout(MARIA, Language.ES, false);
        byte[] first = handouts.write(handout);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> again = pool.invokeAll(java.util.Collections.nCopies(8, () -> handouts.write(handout)));
            for (Future<byte[]> other : again) {
                assertArrayEquals(first, other.get());
            }
        } finally {
            pool.shutdown();
        }
        assertArrayEquals(first, new HandoutPdf(knowledge).write(handout));
    }

    @Test
    void shouldDescribeTheDocumentWhenMetadataIsRead() throws IOException {
        Handout handout = ReportFixtures.handout(MARIA, Language.ES, true);
        try (PDDocument read = SamplePdf.read(handouts.write(handout))) {
            PDDocumentInformation info = read.getDocumentInformation();
            assertAll(
                    () -> assertEquals("Ejercicios en casa", info.getTitle(), "no patient name in the metadata"),
                    () -> assertEquals("Stride Clinic", info.getAuthor()),
                    () -> assertEquals("Plan de ejercicios en casa y consejos para cuidarse", info.getSubject()),
                    () -> assertEquals("Stride " + PomVersion.expected(), info.getCreator()),
                    () -> assertEquals("Stride " + PomVersion.expected(), info.getProducer()),
                    () -> assertTrue(!PdfReading.flat(PdfReading.pageTexts(handouts.write(handout)).get(0))
                            .contains(PomVersion.expected()), "the version is for staff: metadata only, not the patient's page"),
                    () -> assertEquals("es", read.getDocumentCatalog().getLanguage()),
                    () -> assertEquals(ReportFixtures.ISSUED.toEpochMilli(),
                            info.getCreationDate().getTimeInMillis()),
                    () -> assertEquals(ReportFixtures.ISSUED.toEpochMilli(),
                            info.getModificationDate().getTimeInMillis()));
        }
    }

    @Test
    void shouldNumberEveryPageWithTheTotalWhenTheHandoutHasSeveralPages() {
        byte[] pdf = handouts.write(ReportFixtures.handout(JAMES, Language.EN, true));
        List<String> pages = PdfReading.pageTexts(pdf);

        Pattern footer = Pattern.compile("Page (\\d+) of (\\d+)");
        for (int i = 0; i < pages.size(); i++) {
            Matcher m = footer.matcher(pages.get(i));
            assertTrue(m.find(), "footer on page " + (i + 1));
            assertEquals(i + 1, Integer.parseInt(m.group(1)));
            assertEquals(pages.size(), Integer.parseInt(m.group(2)));
        }
    }

    /** Six exercises of every level, in the hardest-first order a clinician might have typed them. */
    private List<PlannedExercise> sixExercisesHardestFirst() {
        return List.of("one-legged-glute-bridge", "clamshells", "hip-bridges", "side-leg-lifts", "piriformis-stretch",
                "gentle-walking").stream().map(id -> PlannedExercise.asSuggested(knowledge.exercise(id))).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "ES"})
    void shouldPrintTheClinicPhoneWhereverItSaysToCallUsWhenTheHandoutIsPrinted(Language language) {
        String text = PdfReading.text(handouts.write(ReportFixtures.handout(JAMES, language, false,
                sixExercisesHardestFirst())));
        String callUs = language == Language.ES ? "llámenos" : "call us";
        List<String> lines = text.lines().map(String::toLowerCase).filter(l -> l.contains(callUs)).toList();
        assertFalse(lines.isEmpty(), text);
        // A line may wrap before the number: each "call us" is followed by the phone within the next 40 characters.
        String flat = PdfReading.flat(text);
        Matcher calls = Pattern.compile("(?i)" + callUs).matcher(flat);
        int found = 0;
        while (calls.find()) {
            found++;
            String after = flat.substring(calls.end(), Math.min(flat.length(), calls.end() + 40));
            assertTrue(after.contains(ReportFixtures.PHONE), "no phone after '" + callUs + "': " + after);
        }
        assertTrue(found >= 4, "call us on the exercises, the pain guide, the review and the help box: " + found);
        assertTrue(flat.contains(ReportFixtures.CLINIC + ", " + (language == Language.ES ? "teléfono " : "phone ")
                + ReportFixtures.PHONE), "footer names the clinic and its phone: " + flat);
    }

    @Test
    void shouldPrintEasiestExerciseFirstAndAtMostTwoToAPageWhenSixArePlanned() {
        byte[] pdf = handouts.write(ReportFixtures.handout(JAMES, Language.EN, false, sixExercisesHardestFirst()));
        List<String> pages = PdfReading.pageTexts(pdf).stream().map(PdfReading::flat).toList();
        String text = String.join(" ", pages);
        List<Integer> levels = sixExercisesHardestFirst().stream()
                .sorted(java.util.Comparator.comparingInt(p -> text.indexOf(knowledge.exercise(p.id()).name() + " Exercise")))
                .map(p -> knowledge.exercise(p.id()).level()).toList();
        assertEquals(levels.stream().sorted().toList(), levels, "easiest first: " + levels);
        assertTrue(text.indexOf("Gentle walking") < text.indexOf("One-legged glute bridge"), text);
        for (String page : pages) {
            int onPage = (int) Pattern.compile("Exercise \\d of 6").matcher(page).results().count();
            assertTrue(onPage <= HandoutPdf.EXERCISES_PER_PAGE, onPage + " exercises on a page: " + page);
        }
        assertTrue(text.contains("Exercise 6 of 6"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "ES"})
    void shouldSayHowMuchPainIsOkAndWhenToComeBackWhenExercisesArePrinted(Language language) {
        Handout handout = ReportFixtures.handout(JAMES, language, false);
        String text = PdfReading.flat(PdfReading.text(handouts.write(handout)));
        HandoutCopy copy = HandoutCopy.in(language);
        assertAll(
                () -> assertTrue(text.contains(copy.text("pain.title")), text),
                () -> assertTrue(text.contains(copy.text("pain.2")), "settles by the next morning: " + text),
                () -> assertTrue(text.contains(language == Language.ES ? "3 sobre 10" : "3 or less out of 10"), text),
                () -> assertTrue(text.contains(copy.text("review", copy.date(handout.visitDate().plusWeeks(2)),
                        ReportFixtures.PHONE)), "review date two weeks after the visit: " + text),
                () -> assertTrue(text.indexOf(copy.text("pain.title")) < text.indexOf(copy.text("steps")),
                        "the pain guide comes before the first exercise"));
    }

    @Test
    void shouldSayBeSeenTodayAndGiveNoExercisesWhenOnlyAnUrgentSignWithheldThem() {
        Assessment urgent = ReportFixtures.assess(ReportFixtures.latestVisit(JAMES));
        Assessment withFever = new Assessment(urgent.knowledgeVersion(),
                List.of(new clinic.stride.assessment.RedFlagAlert("RF-FEVER", clinic.stride.knowledge.Urgency.URGENT,
                        "fever", knowledge.redFlag("RF-FEVER").citation())),
                urgent.possibleCauses(), List.of(), true, urgent.advice());
        Handout handout = Handout.of(ReportFixtures.CLINIC, ReportFixtures.PHONE, "James Carter", ReportFixtures.TODAY,
                Language.EN, false, sixExercisesHardestFirst(), withFever, ReportFixtures.ISSUED, null, null);
        String text = PdfReading.flat(PdfReading.text(handouts.write(handout)));
        HandoutCopy copy = HandoutCopy.in(Language.EN);
        assertAll(
                () -> assertTrue(text.contains(copy.text("today.title")), text),
                () -> assertTrue(text.contains(copy.text("today.go", ReportFixtures.PHONE)), text),
                () -> assertTrue(text.contains(knowledge.redFlag("RF-FEVER").patientMessage()), text),
                () -> assertFalse(text.contains(copy.text("withheld.title")), "not an emergency: " + text),
                () -> assertFalse(text.contains(copy.text("dosage.often")), "no exercises"),
                () -> assertFalse(text.contains("Clamshells"), "no exercises"));
    }

    @Test
    void shouldPrintTheClinicianPlanWhenAClinicianOverrodeWithheldExercises() {
        Assessment emergency = ReportFixtures.assess(ReportFixtures.latestVisit(CARLOS));
        assertTrue(emergency.exercisesWithheld());
        Handout handout = Handout.of(ReportFixtures.CLINIC, ReportFixtures.PHONE, "Carlos Mendoza", ReportFixtures.TODAY,
                Language.EN, false, List.of(PlannedExercise.asSuggested(knowledge.exercise("piriformis-stretch"))),
                emergency, ReportFixtures.ISSUED, ReportFixtures.TODAY, null);
        String text = PdfReading.flat(PdfReading.text(handouts.write(handout)));
        HandoutCopy copy = HandoutCopy.in(Language.EN);
        assertAll(
                () -> assertFalse(handout.exercisesWithheld()),
                () -> assertTrue(text.contains(copy.text("checked", copy.date(ReportFixtures.TODAY))), text),
                () -> assertTrue(text.contains("Piriformis stretch"), text),
                () -> assertTrue(text.contains(knowledge.redFlag("RF-BLADDER-BOWEL").patientMessage()),
                        "the warning signs still print under what you told us: " + text));
    }
}
