package clinic.stride.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LefsTrendTest {

    private static final LocalDate INTAKE = LocalDate.of(2026, 10, 1);

    private static Lefs.Score score(Integer... items) {
        return new Lefs.Answers(List.of(items)).score();
    }

    private static Lefs.Score allTwos() {
        return new Lefs.Answers(Collections.nCopies(20, 2)).score();
    }

    @Test
    void shouldStartAtTheIntakesScoreThenTheFollowUpsOldestFirstWhenTheIntakeLefsIsComplete() {
        LefsTrend trend = LefsTrend.of(INTAKE, allTwos(), List.of(
                LefsTrend.followUp(INTAKE.plusDays(42), 60), LefsTrend.followUp(INTAKE.plusDays(14), 47)));

        assertEquals(List.of(new LefsTrend.Point(INTAKE, 40, true), new LefsTrend.Point(INTAKE.plusDays(14), 47, false),
                new LefsTrend.Point(INTAKE.plusDays(42), 60, false)), trend.points());
        assertEquals(1, Lefs.clinicallyImportantChange(trend.points().getFirst().score(), trend.points().getLast().score()),
                "60 against the baseline of 40 is beyond the MCID");
        assertEquals(0, Lefs.clinicallyImportantChange(trend.points().getFirst().score(), trend.points().get(1).score()));
    }

    @Test
    void shouldLeaveTheIntakeOutWhenItsLefsWasSkippedOrLeftIncomplete() {
        List<Integer> oneBlank = new ArrayList<>(Collections.nCopies(20, 3));
        oneBlank.set(16, null);
        List<LefsTrend.Point> followUps = List.of(LefsTrend.followUp(INTAKE.plusDays(14), 47));

        assertEquals(followUps, LefsTrend.of(INTAKE, null, followUps).points());
        assertEquals(followUps, LefsTrend.of(INTAKE, new Lefs.Answers(oneBlank).score(), followUps).points(),
                "19 of 20 items: no total, so no point (the instrument's rule, no prorating)");
        assertTrue(LefsTrend.of(INTAKE, null, List.of()).isEmpty());
        assertFalse(LefsTrend.of(INTAKE, allTwos(), List.of()).isEmpty(), "the intake alone is a trend of one point");
    }

    @Test
    void shouldPutTheIntakeFirstWhenAFollowUpWasAnsweredTheSameDay() {
        LefsTrend trend = LefsTrend.of(INTAKE, allTwos(), List.of(LefsTrend.followUp(INTAKE, 44)));
        assertTrue(trend.points().getFirst().atIntake());
        assertEquals(40, trend.points().getFirst().score());
    }

    @Test
    void shouldScoreTheIntakesAnswersByTheInstrumentsRule() {
        assertEquals(57, score(3, 3, 4, 4, 4, 2, 3, 4, 2, 4, 4, 3, 3, 3, 4, 1, 1, 0, 1, 4).totalOrNull());
    }
}
