package clinic.stride.intake;

/**
 * How the patient walks, as they or the clinician observe it.
 *
 * @param kneeValgus    knees go in together when walking
 * @param overPronation feet roll in too much
 * @param supination    feet roll out
 * @param limp          walks with a limp
 */
public record Gait(Boolean kneeValgus, Boolean overPronation, Boolean supination, Boolean limp) {
}
