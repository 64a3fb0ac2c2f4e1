package clinic.stride.assessment;

import static clinic.stride.intake.IntakeAnswersBuilder.aPatient;
import static clinic.stride.intake.PainRegion.BACK_OF_LEG;
import static clinic.stride.intake.PainRegion.GROIN;
import static clinic.stride.intake.PainRegion.LOWER_BACK;
import static clinic.stride.intake.PainRegion.OUTER_HIP;
import static clinic.stride.intake.PainTrigger.BENDING_BACKWARD;
import static clinic.stride.intake.PainTrigger.DURING_WALKING;
import static clinic.stride.intake.PainTrigger.LYING_ON_SIDE;
import static clinic.stride.intake.PainTrigger.STAIRS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.Condition;
import clinic.stride.intake.IntakeAnswersBuilder;
import clinic.stride.intake.PainCharacter;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.knowledge.Urgency;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentEngineTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    private static final AssessmentEngine ENGINE = new AssessmentEngine(KNOWLEDGE);

    private static Assessment assess(IntakeAnswersBuilder patient) {
        return ENGINE.assess(patient.build(), patient.age(), patient.sex());
    }

    private static List<String> causeIds(Assessment assessment) {
        return assessment.possibleCauses().stream().map(PossibleCause::id).toList();
    }

    @Test
    void shouldRankWornShoesWhenShoesAreWornOut() {
        Assessment assessment = assess(aPatient().withPain(OUTER_HIP).during(DURING_WALKING).wornOutShoes());
        PossibleCause top = assessment.possibleCauses().getFirst();
        assertEquals("incorrect-footwear", top.id());
        assertEquals(3.0, top.score());
        Reason reason = top.reasons().getFirst();
        assertEquals("R-FOOTWEAR-WORN", reason.rule());
        assertEquals("shoes are worn out", reason.answer());
        assertEquals("000_3ebeba4466c1ddca.txt", reason.citation().source());
        assertTrue(reason.citation().quote().contains("worn-out footwear"));
    }

    @Test
    void shouldAddWeightsOfEveryMatchingRuleWhenSeveralMatch() {
        Assessment assessment = assess(aPatient().withPain(OUTER_HIP).during(LYING_ON_SIDE, STAIRS, DURING_WALKING));
        PossibleCause bursitis = assessment.possibleCauses().getFirst();
        assertEquals("trochanteric-bursitis", bursitis.id());
        assertEquals(4 + 2 + 1.5, bursitis.score());
        assertEquals(List.of("R-BURSITIS-LYING-ON-SIDE", "R-BURSITIS-STAIRS", "R-BURSITIS-WALKING"),
                bursitis.reasons().stream().map(Reason::rule).toList());
    }

    @Test
    void shouldBreakTiesByIdWhenScoresAreEqual() {
        // Both known conditions weigh 4: the pelvic cause sorts before the systemic one by id.
        Assessment assessment = assess(aPatient().female().withPain(OUTER_HIP, GROIN)
                .diagnosedWith(Condition.LUPUS, Condition.PELVIC_GYNECOLOGICAL));
        assertEquals(List.of("pelvic-gynecological", "systemic-conditions"), causeIds(assessment).subList(0, 2));
        assertEquals(assessment.possibleCauses().get(0).score(), assessment.possibleCauses().get(1).score());
    }

    @Test
    void shouldListNoCauseWhenNoRuleMatches() {
        Assessment assessment = assess(aPatient().withPain(OUTER_HIP).rated(2));
        assertTrue(assessment.possibleCauses().isEmpty(), () -> causeIds(assessment).toString());
        assertTrue(assessment.exercises().isEmpty());
        assertTrue(assessment.redFlags().isEmpty());
    }

    @Test
    void shouldListRedFlagsMostUrgentFirstWhenSeveralApply() {
        Assessment assessment = assess(aPatient().withPain(OUTER_HIP).withSwellingOrRedness().afterFallOrInjury()
                .losingBladderOrBowelControl());
        assertEquals(List.of("RF-BLADDER-BOWEL", "RF-AFTER-FALL", "RF-SWELLING-REDNESS"),
                assessment.redFlags().stream().map(RedFlagAlert::id).toList());
        assertEquals(List.of(Urgency.EMERGENCY, Urgency.URGENT, Urgency.SOON),
                assessment.redFlags().stream().map(RedFlagAlert::urgency).toList());
    }

    @Test
    void shouldWithholdExercisesWhenThereIsAnEmergency() {
        Assessment assessment = assess(aPatient().withPain(OUTER_HIP).during(LYING_ON_SIDE).losingBladderOrBowelControl());
        assertTrue(assessment.exercisesWithheld());
        assertTrue(assessment.exercises().isEmpty());
        assertEquals("trochanteric-bursitis", assessment.possibleCauses().getFirst().id(), "causes are still listed");
    }

    @Test
    void shouldSuggestExercisesForTopCausesWithoutRepeatsWhenTheyShareExercises() {
        Assessment assessment = assess(aPatient().withPain(OUTER_HIP).during(LYING_ON_SIDE, STAIRS).limping()
                .walkingKmPerWeek(10).during(clinic.stride.intake.PainTrigger.AFTER_WALKING));
        List<String> ids = assessment.exercises().stream().map(SuggestedExercise::id).toList();
        assertEquals(new HashSet<>(ids).size(), ids.size(), "no exercise twice: " + ids);
        assertEquals("clamshells", ids.getFirst());
        List<String> top = causeIds(assessment).subList(0, AssessmentEngine.TOP_CAUSES_FOR_EXERCISES);
        for (SuggestedExercise exercise : assessment.exercises()) {
            assertTrue(KNOWLEDGE.exercise(exercise.id()).serves().stream().anyMatch(top::contains), exercise.id());
            assertEquals(KNOWLEDGE.exercise(exercise.id()).dosage(), exercise.dosage());
        }
    }

    @Test
    void shouldSuggestPressUpsWhenDiscIsSuspectedAndExtensionIsNotAProblem() {
        Assessment disc = assess(aPatient().withPain(LOWER_BACK, BACK_OF_LEG).feeling(PainCharacter.SHARP));
        assertTrue(disc.exercises().stream().anyMatch(e -> e.id().equals("press-ups")), disc.exercises().toString());
    }

    @Test
    void shouldNotSuggestPressUpsWhenBendingBackwardHurts() {
        Assessment assessment = assess(aPatient().withPain(LOWER_BACK, BACK_OF_LEG).feeling(PainCharacter.SHARP)
                .during(BENDING_BACKWARD));
        assertTrue(causeIds(assessment).contains("disc-herniation"));
        assertTrue(causeIds(assessment).contains("facet-joint-arthritis"));
        assertFalse(assessment.exercises().stream().anyMatch(e -> e.id().equals("press-ups")),
                assessment.exercises().toString());
    }

    @Test
    void shouldGiveConditionalAdviceOnlyWhenItApplies() {
        List<String> heavy = assess(aPatient().withPain(OUTER_HIP).measuring(165, 85)).advice().stream()
                .map(SuggestedAdvice::id).toList();
        List<String> light = assess(aPatient().withPain(OUTER_HIP).measuring(165, 60)).advice().stream()
                .map(SuggestedAdvice::id).toList();
        assertTrue(heavy.contains("healthy-weight"));
        assertFalse(light.contains("healthy-weight"));
        assertTrue(light.contains("stop-if-worse"), "advice for everyone");
    }

    @Test
    void shouldStampKnowledgeVersionWhenAssessing() {
        assertEquals(KNOWLEDGE.version(), assess(aPatient().withPain(OUTER_HIP)).knowledgeVersion());
        assertEquals(KNOWLEDGE.version(), ENGINE.knowledgeVersion());
    }

    @Test
    void shouldWithholdExercisesAndPainMedicineWhenOnlyFeverIsReported() {
        // Fever alone is urgent (clinic safety policy, red-flags.yaml RF-FEVER): exercises and pain medicine, which
        // could hide the fever, wait for a clinician.
        Assessment assessment = assess(aPatient().withPain(OUTER_HIP).during(LYING_ON_SIDE).rated(2).withFever());
        assertEquals(List.of("RF-FEVER"), assessment.redFlags().stream().map(RedFlagAlert::id).toList());
        assertTrue(assessment.exercisesWithheld());
        assertTrue(assessment.exercises().isEmpty());
        assertFalse(assessment.advice().stream().anyMatch(a -> a.id().equals("pain-relievers")));
        assertTrue(assessment.advice().stream().anyMatch(a -> a.id().equals("rest")), "advice that does not wait");
    }

    @Test
    void shouldReadBackTheStoredJsonWhenAFlagCitesASafetyPolicy() throws Exception {
        Assessment assessment = assess(aPatient().withPain(OUTER_HIP).withSwellingOrRedness().withFever());
        assertTrue(assessment.redFlags().getFirst().citation().isSafetyPolicy());
        String json = clinic.stride.platform.Json.mapper().writeValueAsString(assessment);
        assertEquals(assessment, clinic.stride.platform.Json.mapper().readValue(json, Assessment.class), json);
    }

    @Test
    void shouldWithholdExercisesWhenAnUrgentFlagIsRaisedAndKeepThemWhenOnlySoon() {
        Assessment urgent = assess(aPatient().withPain(OUTER_HIP).during(LYING_ON_SIDE).afterFallOrInjury());
        assertTrue(urgent.exercisesWithheld());
        Assessment soon = assess(aPatient().withPain(OUTER_HIP).during(LYING_ON_SIDE).notImprovingWithRest());
        assertFalse(soon.exercisesWithheld());
        assertFalse(soon.exercises().isEmpty());
    }

    @Test
    void shouldGiveSameAssessmentWhenAssessedTwice() {
        IntakeAnswersBuilder patient = aPatient().aged(70).withPain(LOWER_BACK, OUTER_HIP).during(DURING_WALKING)
                .feeling(PainCharacter.STIFFNESS).slouching().measuring(170, 90);
        assertEquals(assess(patient), assess(patient));
    }
}
