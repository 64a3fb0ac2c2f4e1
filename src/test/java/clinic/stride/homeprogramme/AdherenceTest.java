package clinic.stride.homeprogramme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.homeprogramme.Adherence.PainPoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdherenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    @Test
    void shouldCountWeeksBackFromTodayWhenTheLinkIsThreeWeeksOld() {
        Adherence a = Adherence.of(daysAgo(20), 3, List.of(daysAgo(20), daysAgo(15), daysAgo(9), daysAgo(1)), List.of(), TODAY);
        assertEquals(3, a.weeks().size());
        assertEquals(daysAgo(20), a.weeks().getFirst().start());
        assertEquals(TODAY, a.weeks().getLast().end());
        assertEquals(List.of(2, 1, 1), a.weeks().stream().map(Adherence.Week::done).toList());
        assertEquals(List.of(3, 3, 3), a.weeks().stream().map(Adherence.Week::prescribed).toList());
        assertEquals(4, a.done());
        assertEquals(9, a.prescribed());
    }

    @Test
    void shouldProrateThePrescriptionWhenTheFirstWeekIsPartial() {
        Adherence a = Adherence.of(daysAgo(9), 5, List.of(), List.of(), TODAY);
        assertEquals(2, a.weeks().size());
        // 3 of the first week's 7 days fall after the link was issued: ceil(5 * 3 / 7) = 3.
        assertEquals(3, a.weeks().getFirst().prescribed());
        assertEquals(5, a.weeks().getLast().prescribed());
    }

    @Test
    void shouldFlagNotExercisingWhenBothOfTheLastTwoWholeWeeksAreUnderHalf() {
        Adherence low = Adherence.of(daysAgo(13), 4, List.of(daysAgo(10), daysAgo(2)), List.of(), TODAY);
        assertTrue(low.notExercising());
        Adherence half = Adherence.of(daysAgo(13), 4, List.of(daysAgo(10), daysAgo(9), daysAgo(2)), List.of(), TODAY);
        assertFalse(half.notExercising(), "2 of 4 in one week is half, not under half");
    }

    @Test
    void shouldNotFlagNotExercisingWhenTheProgrammeIsNotTwoWeeksOldYet() {
        assertFalse(Adherence.of(daysAgo(12), 4, List.of(), List.of(), TODAY).notExercising());
    }

    @Test
    void shouldFlagPainRisingWhenPainAfterClimbsTwoPointsOverTwoWeeks() {
        List<PainPoint> rising = List.of(new PainPoint(daysAgo(12), 2), new PainPoint(daysAgo(6), 3), new PainPoint(daysAgo(0), 4));
        assertTrue(Adherence.of(daysAgo(13), 3, List.of(), rising, TODAY).painRising());
        List<PainPoint> flat = List.of(new PainPoint(daysAgo(12), 4), new PainPoint(daysAgo(6), 5), new PainPoint(daysAgo(0), 4));
        assertFalse(Adherence.of(daysAgo(13), 3, List.of(), flat, TODAY).painRising());
    }

    @Test
    void shouldNotFlagPainRisingWhenFewerThanThreeScoresOrAllOnOneDay() {
        assertFalse(Adherence.of(daysAgo(13), 3, List.of(), List.of(new PainPoint(daysAgo(5), 1), new PainPoint(TODAY, 9)), TODAY).painRising());
        assertFalse(Adherence.of(daysAgo(13), 3, List.of(), List.of(new PainPoint(TODAY, 1), new PainPoint(TODAY, 5),
                new PainPoint(TODAY, 9)), TODAY).painRising());
    }

    @Test
    void shouldIgnorePainOlderThanTwoWeeksWhenJudgingTheTrend() {
        List<PainPoint> points = List.of(new PainPoint(daysAgo(30), 0), new PainPoint(daysAgo(20), 1),
                new PainPoint(daysAgo(3), 5), new PainPoint(daysAgo(2), 5), new PainPoint(daysAgo(1), 5));
        assertFalse(Adherence.of(daysAgo(30), 3, List.of(), points, TODAY).painRising());
    }
}
