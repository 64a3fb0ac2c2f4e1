package clinic.stride.knowledge;

/**
 * One piece of evidence for a cause: when the condition holds for an intake, the cause gains the weight.
 *
 * @param code     stable code such as {@code R-FOOTWEAR-WORN}; never reused for a different meaning
 * @param cause    id of the cause it supports
 * @param when     Jakarta EL condition over the answer vocabulary ({@link IntakeView})
 * @param weight   how much this evidence counts (positive)
 * @param answer   the matching answer in a few plain words, e.g. "shoes are worn out"
 * @param reason   why that answer points to the cause, in plain words
 * @param citation the seed passage the reason rests on
 */
public record Rule(String code, String cause, String when, double weight, String answer, String reason,
                   Citation citation) {
}
