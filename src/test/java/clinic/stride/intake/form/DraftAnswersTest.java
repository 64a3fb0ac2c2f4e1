package clinic.stride.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.PainRegion;
import clinic.stride.intake.Side;
import clinic.stride.platform.Json;
import clinic.stride.vocabulary.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftAnswersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static DraftAnswers answers(Map<String, String> values) {
        DraftAnswers answers = new DraftAnswers();
        values.forEach(answers::put);
        return answers;
    }

    @Test
    void shouldBuildRequestWhenAnswersAreComplete() {
        DraftAnswers answers = answers(Map.of(
                "patient.clinicId", "C-1", "patient.givenName", " Rosa ", "patient.familyName", "Delgado",
                "patient.birthDate.day", "14", "patient.birthDate.month", "3", "patient.birthDate.year", "1961",
                "patient.sex", "female", "pain.side", "left", "pain.intensity", "6"));
        answers.putAll("pain.regions", List.of("groin", "outer_hip", "not_a_region"));

        DraftAnswers.Conversion conversion = answers.toRequest(TODAY, Language.ES);
        IntakeRequest request = conversion.request();

        assertEquals(Map.of(), conversion.errors());
        assertEquals("Rosa", request.patient().givenName());
        assertEquals(LocalDate.of(1961, 3, 14), request.patient().birthDate());
        assertEquals(Set.of(PainRegion.GROIN, PainRegion.OUTER_HIP), request.pain().regions());
        assertEquals(Side.LEFT, request.pain().side());
        assertEquals(6, request.pain().intensity());
        assertEquals(Language.ES, request.language());
    }

    @Test
    void shouldCarryTheRedFlagScreenAndPregnancyBothWaysWhenAnswered() {
        DraftAnswers answers = answers(Map.of("patient.sex", "female", "redFlags.saddleNumbness", "yes",
                "redFlags.bothLegs", "no", "redFlags.cancerHistory", "yes", "factors.pregnant", "yes"));
        IntakeRequest request = answers.toRequest(TODAY, Language.EN).request();

        assertEquals(Boolean.TRUE, request.redFlags().saddleNumbness());
        assertEquals(Boolean.FALSE, request.redFlags().bothLegs());
        assertEquals(Boolean.TRUE, request.redFlags().cancerHistory());
        assertNull(request.redFlags().urinaryRetention(), "left blank: not answered");
        assertEquals(Boolean.TRUE, request.factors().pregnant());
        assertTrue(answers.hasEmergencyAnswer(), "saddle numbness means get help now");
        assertEquals(List.of(), answers.unansweredWarningSigns().stream().filter(f -> f.contains("saddle")).toList(),
                "the new questions are optional");

        DraftAnswers again = DraftAnswers.of(request.patient(), request.answers());
        assertEquals("yes", again.value("redFlags.saddleNumbness"));
        assertEquals("no", again.value("redFlags.bothLegs"));
        assertEquals("yes", again.value("factors.pregnant"));
        assertNull(again.value("redFlags.immunosuppressed"));
    }

    @Test
    void shouldDropAPregnancyAnswerLeftBehindWhenTheSexIsChangedToMale() {
        DraftAnswers answers = answers(Map.of("patient.sex", "male", "factors.pregnant", "yes", "redFlags.bothLegs", "no"));
        IntakeRequest request = answers.toRequest(TODAY, Language.EN).request();
        assertNull(request.factors().pregnant());
        assertEquals(false, answers.asksPregnancy());
        assertEquals(false, answers.hasEmergencyAnswer());
    }

    @Test
    void shouldReportFieldWhenNumberIsNotANumber() {
        DraftAnswers.Conversion conversion = answers(Map.of("factors.heightCm", "tall", "pain.duration.amount", "a while",
                "patient.birthDate.day", "31", "patient.birthDate.month", "2", "patient.birthDate.year", "1961"))
                .toRequest(TODAY, Language.EN);

        assertEquals("error.number", conversion.errors().get("factors.heightCm"));
        assertEquals("error.number", conversion.errors().get("pain.durationWeeks"));
        assertEquals("error.patient.birthDate.invalid", conversion.errors().get("patient.birthDate"));
        assertNull(conversion.request().factors().heightCm());
    }

    @Test
    void shouldReportFieldWithoutReadingItWhenANumberIsLongerThanAnyoneTypes() {
        // A posted field of a million digits would take seconds to read as a BigDecimal on a page anyone can post to.
        DraftAnswers.Conversion conversion = answers(Map.of("factors.heightCm", "1".repeat(1_000_000),
                "factors.weightKg", " 1 234,5 ")).toRequest(TODAY, Language.EN);

        assertEquals("error.number", conversion.errors().get("factors.heightCm"));
        assertNull(conversion.request().factors().heightCm());
        assertEquals(1234.5, conversion.request().factors().weightKg());
    }

    @Test
    void shouldConvertUnitsWhenPatientGivesMonthsYearsOrCentimetres() {
        DraftAnswers answers = answers(Map.of("pain.duration.amount", "6", "pain.duration.unit", "months",
                "factors.footwear.age.amount", "1,5", "factors.footwear.age.unit", "years",
                "factors.legLength.known", "yes", "factors.legLength.differenceCm", "1.2"));
        IntakeRequest request = answers.toRequest(TODAY, Language.EN).request();

        assertEquals(26, request.pain().durationWeeks());
        assertEquals(18, request.factors().footwear().ageMonths());
        assertEquals(12, request.factors().legLength().differenceMm());
    }

    @Test
    void shouldLeaveOutRunningQuestionsWhenPatientDoesNotRun() {
        DraftAnswers answers = answers(Map.of("factors.activity.runs", "no", "factors.activity.runningKmPerWeek", "40",
                "factors.activity.downhill", "yes", "factors.legLength.known", "no", "factors.legLength.differenceCm", "3"));
        IntakeRequest request = answers.toRequest(TODAY, Language.EN).request();

        assertEquals(0.0, request.factors().activity().runningKmPerWeek());
        assertNull(request.factors().activity().downhill(), "a runner's yes is dropped for a non-runner");
        assertNull(request.factors().legLength().differenceMm());
    }

    @Test
    void shouldListUnansweredWarningSignsWhenSomeAreMissing() {
        DraftAnswers answers = answers(Map.of("redFlags.bladderBowelLoss", "no"));
        assertEquals(7, answers.unansweredWarningSigns().size());
        assertTrue(!answers.unansweredWarningSigns().contains("redFlags.bladderBowelLoss"));
    }

    @Test
    void shouldShowErrorOnThePageThatAsksWhenPathIsKnown() {
        assertEquals(IntakeStep.YOU, IntakeStep.showing("patient.birthDate"));
        assertEquals(IntakeStep.WHERE, IntakeStep.showing("pain.intensity"));
        assertEquals(IntakeStep.WHEN, IntakeStep.showing("pain.durationWeeks"));
        assertEquals(IntakeStep.ACTIVITY, IntakeStep.showing("factors.activity.runningKmPerWeek"));
        assertEquals(IntakeStep.BODY, IntakeStep.showing("factors.legLength.differenceMm"));
        assertEquals(IntakeStep.HISTORY, IntakeStep.showing("factors.conditions"));
        assertEquals(IntakeStep.WARNING, IntakeStep.showing("redFlags.fever"));
        assertEquals(IntakeStep.REVIEW, IntakeStep.showing("visitDate"));
    }

    @Test
    void shouldGiveBackTheSameIntakeWhenStoredAnswersGoThroughTheForm() throws Exception {
        IntakeRequest stored;
        try (var in = DraftAnswersTest.class.getResourceAsStream("/intakes/complete.json")) {
            stored = clinic.stride.platform.Json.mapper().readValue(in, IntakeRequest.class);
        }
        DraftAnswers form = DraftAnswers.of(stored.patient(), stored.answers());
        DraftAnswers.Conversion again = form.toRequest(stored.visitDate(), stored.language());

        assertEquals(Map.of(), again.errors());
        assertEquals(stored, again.request());
    }

    @Test
    void shouldReadBackTheSameAnswersWhenADraftIsStoredAsJson() {
        DraftAnswers answers = new DraftAnswers();
        answers.put("patient.givenName", "Zoë “Zo” Ñúñez");
        answers.putAll("pain.regions", List.of("outer_hip", "groin"));

        DraftAnswers read = Json.read(Json.write(answers), DraftAnswers.class);

        assertEquals("Zoë “Zo” Ñúñez", read.value("patient.givenName"));
        assertTrue(read.has("pain.regions", "groin"));
    }

    @Test
    void shouldKeepEachPlacesOwnSideWhenTheLeftAndRightListsAreTicked() {
        DraftAnswers answers = answers(Map.of("pain.intensity", "4"));
        answers.putAll("pain.regions.right", List.of("outer_hip"));
        answers.putAll("pain.regions.left", List.of("lower_back"));

        var pain = answers.toRequest(TODAY, Language.EN).request().pain();

        assertEquals(Set.of(PainRegion.OUTER_HIP, PainRegion.LOWER_BACK), pain.regions());
        assertEquals(Side.RIGHT, pain.sideOf(PainRegion.OUTER_HIP));
        assertEquals(Side.LEFT, pain.sideOf(PainRegion.LOWER_BACK));
        assertEquals(Side.BOTH, pain.side(), "the one side the rules read: both sides hurt");
        assertEquals(Map.of("outer_hip", "right", "lower_back", "left"), answers.regionSides());
    }

    @Test
    void shouldGiveBackEachPlacesSideAndTheDurationAsGivenWhenStoredAnswersGoThroughTheForm() throws Exception {
        IntakeRequest stored;
        try (var in = DraftAnswersTest.class.getResourceAsStream("/intakes/complete.json")) {
            stored = clinic.stride.platform.Json.mapper().readValue(in, IntakeRequest.class);
        }
        var p = stored.pain();
        var perRegion = new clinic.stride.intake.Pain(null, null, p.intensity(), p.onset(), null, p.when(), p.relievedBy(),
                p.character(), Set.of(PainRegion.LOWER_BACK, PainRegion.OUTER_HIP), Set.of(PainRegion.OUTER_HIP), 2.0,
                clinic.stride.intake.DurationUnit.MONTHS);
        assertEquals(9, perRegion.durationWeeks(), "2 months read as weeks by the rules");
        var answers = new clinic.stride.intake.IntakeAnswers(stored.visitDate(), stored.language(), perRegion,
                stored.factors(), stored.redFlags());

        DraftAnswers form = DraftAnswers.of(stored.patient(), answers);
        assertEquals("2", form.value("pain.duration.amount"));
        assertEquals("months", form.value("pain.duration.unit"));
        var again = form.toRequest(stored.visitDate(), stored.language()).request().pain();

        assertEquals(perRegion, again);
        assertEquals(Side.BOTH, again.sideOf(PainRegion.OUTER_HIP));
        assertEquals(Side.LEFT, again.sideOf(PainRegion.LOWER_BACK));
    }

    @Test
    void shouldKeepWeeksAloneWhenThePatientGaveWholeWeeks() {
        DraftAnswers answers = answers(Map.of("pain.duration.amount", "8", "pain.duration.unit", "weeks"));

        var pain = answers.toRequest(TODAY, Language.EN).request().pain();

        assertEquals(8, pain.durationWeeks());
        assertNull(pain.durationAmount(), "8 weeks says it all: " + pain);
    }
}
