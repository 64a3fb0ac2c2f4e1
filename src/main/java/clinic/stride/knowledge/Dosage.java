package clinic.stride.knowledge;

/**
 * How much of an exercise to do. Unused parts are null (a stretch has a hold, walking has minutes).
 *
 * @param sets         rounds of the exercise
 * @param reps         repetitions in each round
 * @param holdSeconds  how long to hold each repetition
 * @param minutes      duration, for walking
 * @param timesPerWeek sessions in a week
 * @param perSide      reps and holds count for each side
 */
public record Dosage(Integer sets, Integer reps, Integer holdSeconds, Integer minutes, Integer timesPerWeek,
                     boolean perSide) {

    /** A dosage says how much (reps, a hold or minutes) and how often. */
    boolean isComplete() {
        return (reps != null || holdSeconds != null || minutes != null) && timesPerWeek != null;
    }
}
