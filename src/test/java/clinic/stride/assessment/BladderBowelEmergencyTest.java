package clinic.stride.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.knowledge.AnswerSheet;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.knowledge.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 002_f57ca937c0174fd1.txt: "Loss of bowel or bladder control (a medical emergency)." Whatever else the
 * patient answers, that answer must put an emergency first and hold back the exercises.
 */
class BladderBowelEmergencyTest {

    private static final AssessmentEngine ENGINE = new AssessmentEngine(KnowledgeBase.load());

    @Test
    void shouldAlwaysRaiseEmergencyFirstWhenBladderOrBowelControlIsLost() {
        List<AnswerSheet> intakes = new ArrayList<>(List.of(AnswerSheet.empty(), AnswerSheet.full()));
        Random random = new Random(42);
        double[] densities = {0.05, 0.2, 0.5, 0.8, 1.0};
        for (int i = 0; i < 2_000; i++) {
            intakes.add(AnswerSheet.random(random, densities[i % densities.length]));
        }
        for (AnswerSheet intake : intakes) {
            Assessment assessment = ENGINE.assess(intake.with("redFlags.bladderBowelLoss", Boolean.TRUE).toView());
            RedFlagAlert first = assessment.redFlags().getFirst();
            assertEquals("RF-BLADDER-BOWEL", first.id(), intake::toString);
            assertEquals(Urgency.EMERGENCY, first.urgency());
            assertTrue(assessment.exercisesWithheld() && assessment.exercises().isEmpty(), intake::toString);
        }
    }

    @Test
    void shouldRaiseNoEmergencyWhenControlIsNotLost() {
        Random random = new Random(43);
        for (int i = 0; i < 500; i++) {
            AnswerSheet intake = AnswerSheet.random(random, 0.5).without("redFlags.bladderBowelLoss");
            assertTrue(ENGINE.assess(intake.toView()).redFlags().stream()
                    .noneMatch(f -> f.urgency() == Urgency.EMERGENCY), intake::toString);
        }
    }
}
