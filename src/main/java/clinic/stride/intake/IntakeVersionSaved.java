package clinic.stride.intake;

/**
 * Fired inside the transaction that stores a version of an intake's answers, so that what depends on the
 * answers (the assessment snapshot, the red-flag level) is stored atomically with them.
 */
public record IntakeVersionSaved(Intake intake, int version, IntakeAnswers answers, int ageYears) {
}
