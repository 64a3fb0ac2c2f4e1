package clinic.stride.followup;

import clinic.stride.intake.RedFlagAnswers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The patient's answers to the follow-up questionnaire.
 *
 * @param answeredOn   the day the answers describe (today when absent)
 * @param painIntensity pain now, NPRS 0 to 10
 * @param lefs         the 20 LEFS answers in the form's order, each 0 to 4, null for an item left blank
 * @param globalChange global rating of change, -3 (very much worse) to 3 (very much better), optional
 * @param redFlags     the intake's warning-sign questions, asked again
 */
public record FollowUpRequest(
        @PastOrPresent(message = "the day answered cannot be in the future") LocalDate answeredOn,
        @NotNull(message = "give the pain a number from 0 to 10")
        @Min(value = 0, message = "pain must be between 0 and 10")
        @Max(value = 10, message = "pain must be between 0 and 10") Integer painIntensity,
        @NotNull(message = "send the 20 LEFS answers (null for an item left blank)")
        @Size(min = 20, max = 20, message = "the LEFS has 20 items") @clinic.stride.platform.NullableItems
        List<@Min(value = 0, message = "each LEFS answer is 0 to 4") @Max(value = 4, message = "each LEFS answer is 0 to 4") Integer> lefs,
        @Min(value = -3, message = "global change must be between -3 and 3")
        @Max(value = 3, message = "global change must be between -3 and 3") Integer globalChange,
        @NotNull(message = "answer the warning-sign questions") @Valid RedFlagAnswers redFlags) {
}
