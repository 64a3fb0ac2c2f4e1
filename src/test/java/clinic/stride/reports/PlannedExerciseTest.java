package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.stride.knowledge.Dosage;
import clinic.stride.knowledge.Exercise;
import clinic.stride.vocabulary.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannedExerciseTest {

    private final Exercise sideLegLifts = ReportFixtures.knowledge().exercise("side-leg-lifts");

    @Test
    void shouldKeepTheKnowledgeBaseStepsWhenTheDosageIsTheDefault() {
        PlannedExercise planned = PlannedExercise.asSuggested(sideLegLifts);

        assertEquals(sideLegLifts.steps(), planned.steps(sideLegLifts, Language.EN));
        assertEquals(sideLegLifts.stepsEs(), planned.steps(sideLegLifts, Language.ES));
    }

    @Test
    void shouldChangeRepsAndHoldInTheStepsWhenTheClinicianChangedThem() {
        PlannedExercise planned = new PlannedExercise("side-leg-lifts", new Dosage(1, 20, 8, null, 3, true));

        List<String> steps = planned.steps(sideLegLifts, Language.EN);

        assertEquals("Hold it up while you count to 8. Then lower it.", steps.get(3));
        assertEquals("Do this 20 times.", steps.get(4));
        assertEquals("Turn over and lie on your left side. Do 20 with your right leg.", steps.get(5));
        assertEquals("Hágalo 20 veces.", planned.steps(sideLegLifts, Language.ES).get(4));
    }

    @Test
    void shouldWordTheDosageInThePatientsLanguageWhenPrinted() {
        PlannedExercise planned = new PlannedExercise("side-leg-lifts", new Dosage(2, 10, 1, null, 1, true));

        assertEquals(List.of(
                        new PlannedExercise.DosageLine("How many", "2 sets of 10 on each side"),
                        new PlannedExercise.DosageLine("Hold", "1 second"),
                        new PlannedExercise.DosageLine("How often", "Once a week")),
                planned.dosageLines(HandoutCopy.in(Language.EN)));
        assertEquals(List.of(
                        new PlannedExercise.DosageLine("Cuántas veces", "2 series de 10 con cada lado"),
                        new PlannedExercise.DosageLine("Aguante", "1 segundo"),
                        new PlannedExercise.DosageLine("Con qué frecuencia", "1 vez por semana")),
                planned.dosageLines(HandoutCopy.in(Language.ES)));
    }

    @Test
    void shouldSayMinutesAndEveryDayWhenTheExerciseIsTimed() {
        PlannedExercise walking = new PlannedExercise("gentle-walking", new Dosage(null, null, null, 15, 7, false));

        assertEquals(List.of(
                        new PlannedExercise.DosageLine("How long", "15 minutes"),
                        new PlannedExercise.DosageLine("How often", "Every day")),
                walking.dosageLines(HandoutCopy.in(Language.EN)));
    }
}
