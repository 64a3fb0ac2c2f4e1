package clinic.stride.reports;

import clinic.stride.vocabulary.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/intakes/{id}/handout}: the exercises the clinician chose, in print order, with the dosage
 * they set. Ranges are wide enough for any home programme and narrow enough to catch a typo (100 sets).
 *
 * @param language   the handout's language; the intake's when missing
 * @param largePrint body text of 16 pt or more; false when missing
 * @param exercises  the chosen exercises; an empty list prints a handout with advice only
 */
public record HandoutPlanRequest(
        Language language,
        Boolean largePrint,
        @NotNull(message = "list the chosen exercises (an empty list prints advice only)")
        @Size(max = 12, message = "choose at most 12 exercises for one handout")
        List<@NotNull(message = "must be an exercise, not null") @Valid ChosenExercise> exercises) {

    /**
     * One chosen exercise.
     *
     * @param id     the knowledge base's exercise id, e.g. {@code clamshells}
     * @param dosage the dosage to print; the knowledge base's when missing
     */
    public record ChosenExercise(
            @NotBlank(message = "give the exercise id") String id,
            @Valid DosageRequest dosage) {
    }

    /**
     * How much and how often. Give reps, a hold or minutes, and the times per week; null parts are left off the
     * handout (a stretch has no reps to count, walking has minutes).
     */
    public record DosageRequest(
            @Min(value = 1, message = "sets must be between 1 and 10")
            @Max(value = 10, message = "sets must be between 1 and 10") Integer sets,
            @Min(value = 1, message = "reps must be between 1 and 100")
            @Max(value = 100, message = "reps must be between 1 and 100") Integer reps,
            @Min(value = 1, message = "a hold must be between 1 and 300 seconds")
            @Max(value = 300, message = "a hold must be between 1 and 300 seconds") Integer holdSeconds,
            @Min(value = 1, message = "minutes must be between 1 and 120")
            @Max(value = 120, message = "minutes must be between 1 and 120") Integer minutes,
            @NotNull(message = "say how many times a week")
            @Min(value = 1, message = "times a week must be between 1 and 14")
            @Max(value = 14, message = "times a week must be between 1 and 14") Integer timesPerWeek) {
    }
}
