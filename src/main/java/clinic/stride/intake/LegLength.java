package clinic.stride.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Leg length difference.
 *
 * @param differenceMm difference in millimetres (see {@link LegLengthDifference})
 * @param longerSide   which leg is longer: left or right (a difference has one longer leg)
 * @param measured     true when measured by a clinician, false when self-reported
 */
public record LegLength(
        @Min(value = LegLengthDifference.MIN_MM, message = "leg length difference cannot be negative")
        @Max(value = LegLengthDifference.MAX_MM, message = "leg length difference must be at most 100 mm") Integer differenceMm,
        @AnswerCodes(value = {"left", "right"}, message = "the longer leg is left or right") Side longerSide,
        Boolean measured) {

    public LegLengthDifference difference() {
        return differenceMm == null ? null : new LegLengthDifference(differenceMm);
    }
}
