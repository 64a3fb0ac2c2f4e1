package clinic.stride.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A patient's LEFS over time: the score at the intake, when the patient answered every item there, then the
 * complete scores of the follow-up questionnaires, oldest first. The first point is the baseline the MCID band is
 * drawn around ({@link Lefs#clinicallyImportantChange}); on a day with both, the intake's comes first. Incomplete
 * forms have no score and no point (the instrument's rule, {@link Lefs.Answers#score()}).
 *
 * @param points the scores, oldest first
 */
public record LefsTrend(List<Point> points) {

    /** One score on one day; {@code atIntake} for the intake's own LEFS. */
    public record Point(LocalDate day, int score, boolean atIntake) {
    }

    public LefsTrend {
        points = List.copyOf(points);
    }

    /**
     * @param intakeDay the intake's visit date
     * @param atIntake  the LEFS answered at the intake, or null when it was skipped
     * @param followUps the follow-ups' complete scores, in any order
     */
    public static LefsTrend of(LocalDate intakeDay, Lefs.Score atIntake, List<Point> followUps) {
        List<Point> points = new ArrayList<>();
        if (atIntake != null && atIntake.complete()) {
            points.add(new Point(intakeDay, atIntake.totalOrNull(), true));
        }
        points.addAll(followUps);
        points.sort(Comparator.comparing(Point::day).thenComparing(p -> !p.atIntake()));
        return new LefsTrend(points);
    }

    /** A follow-up's score. */
    public static Point followUp(LocalDate day, int score) {
        return new Point(day, score, false);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
