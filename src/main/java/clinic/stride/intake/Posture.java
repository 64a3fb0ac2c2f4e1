package clinic.stride.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * Sitting and posture habits.
 *
 * @param sittingHoursPerDay hours spent sitting on a usual day
 * @param slouched           usually sits or stands slouched
 * @param archedBack         usually stands with an arched lower back
 */
public record Posture(
        @DecimalMin(value = "0", message = "sitting hours cannot be negative")
        @DecimalMax(value = "24", message = "sitting hours must be at most 24 a day") Double sittingHoursPerDay,
        Boolean slouched,
        Boolean archedBack) {
}
