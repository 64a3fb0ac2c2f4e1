package clinic.stride.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Patients read the exercise steps, the advice and the red-flag messages at home: the English must be at
 * Flesch-Kincaid grade 8 or below, and each Spanish text must be there and not a copy of the English.
 */
class PatientTextReadabilityTest {

    private static final double MAX_GRADE = 8.0;
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    @Test
    void shouldGradeSimpleTextLowAndDenseTextHighWhenCalculating() {
        assertTrue(FleschKincaid.grade("The cat sat on the mat. It was warm.") < 2);
        assertTrue(FleschKincaid.grade("Degeneration of the cartilage in the hip joint causes bone-on-bone friction, "
                + "leading to deep groin pain, buttock pain, or pain radiating to the thigh or knee.") > 10);
        assertEquals(1, FleschKincaid.syllables("stretch"));
        assertEquals(2, FleschKincaid.syllables("table"));
        assertEquals(3, FleschKincaid.syllables("exercise"));
    }

    @TestFactory
    Stream<DynamicTest> shouldKeepExerciseInstructionsAtGradeEightWhenReadByPatients() {
        return KNOWLEDGE.exercises().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            String text = String.join(" ", e.steps()) + " " + e.progression() + " " + e.stopIf();
            assertReadable(e.id(), text);
            assertNotEquals(String.join(" ", e.steps()), String.join(" ", e.stepsEs()));
            assertNotEquals(e.stopIf(), e.stopIfEs());
            assertNotEquals(e.progression(), e.progressionEs());
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldKeepAdviceAtGradeEightWhenReadByPatients() {
        return KNOWLEDGE.advice().stream().map(a -> DynamicTest.dynamicTest(a.id(), () -> {
            assertReadable(a.id(), a.title() + ". " + a.text());
            assertNotEquals(a.text(), a.textEs());
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldKeepRedFlagMessagesAtGradeEightWhenReadByPatients() {
        return KNOWLEDGE.redFlags().stream().map(f -> DynamicTest.dynamicTest(f.id(), () -> {
            assertReadable(f.id(), f.patientMessage());
            assertNotEquals(f.patientMessage(), f.patientMessageEs());
        }));
    }

    private static void assertReadable(String id, String text) {
        double grade = FleschKincaid.grade(text);
        assertTrue(grade <= MAX_GRADE, () -> id + " reads at grade " + String.format("%.1f", grade) + ": " + text);
    }
}
