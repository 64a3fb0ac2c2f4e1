package clinic.stride.homeprogramme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One session as the patient logs it on the home programme page.
 *
 * @param exerciseIds the exercises done (ids of the plan's exercises), at least one
 * @param painDuring  pain during the exercises, 0 to 10, or null when not given
 * @param painAfter   pain afterwards, 0 to 10, or null when not given
 * @param note        anything the patient wants the clinician to read, up to 500 characters
 */
public record SessionRequest(
        @NotNull(message = "tick the exercises you did")
        @Size(min = 1, max = 12, message = "tick the exercises you did") List<String> exerciseIds,
        @Min(value = 0, message = "pain must be between 0 and 10")
        @Max(value = 10, message = "pain must be between 0 and 10") Integer painDuring,
        @Min(value = 0, message = "pain must be between 0 and 10")
        @Max(value = 10, message = "pain must be between 0 and 10") Integer painAfter,
        @Size(max = 500, message = "the note can be 500 characters at most") String note) {
}
