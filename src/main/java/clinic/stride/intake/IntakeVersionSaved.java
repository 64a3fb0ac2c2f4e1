package clinic.stride.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired inside the transaction that stores a version of an intake's answers, so that what depends on the
 * answers (the assessment snapshot, the red-flag level) is stored atomically with them.
 *
 * <p>Observers run before the version's rows are written: what they mark on {@link #intake()} goes into the
 * intake's own INSERT (or the UPDATE an amendment makes anyway) rather than a second statement, and rows that
 * reference the version are handed to {@link #store(Object)}, which {@link IntakeService} persists after the
 * intake and the version, in the order the foreign keys need.
 */
public record IntakeVersionSaved(Intake intake, int version, IntakeAnswers answers, int ageYears, List<Object> rows) {

    public IntakeVersionSaved(Intake intake, int version, IntakeAnswers answers, int ageYears) {
        this(intake, version, answers, ageYears, new ArrayList<>());
    }

    /** An entity to persist after this version's row (for example its assessment snapshot). */
    public void store(Object entity) {
        rows.add(entity);
    }
}
