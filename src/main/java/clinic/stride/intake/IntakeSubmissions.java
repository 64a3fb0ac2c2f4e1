package clinic.stride.intake;

import clinic.stride.patient.LikelyDuplicate;
import java.util.List;
import java.util.UUID;

/**
 * Submitting and amending an intake: the one way answers become a stored, assessed version. Every way in
 * calls it (the API, FHIR, intake links, the patient's form, the amendment page, demo data), so each gets the
 * same checks, idempotency and worklist columns.
 *
 * <p>Declared here, on intake's floor, so that the ways in that live on it or beside it can call it without
 * importing upwards; implemented above intake and assessment by {@code clinic.stride.submission.SubmitIntake},
 * which runs the submission top-down in one transaction. Every request is validated there (a
 * {@link jakarta.validation.ConstraintViolationException} with one violation per field), so a page and FHIR get
 * the same per-field answers as the API.
 */
public interface IntakeSubmissions {

    /**
     * The outcome of a submission: the intake, whether it was created now or replayed for a repeated key, and the
     * warnings for staff: patients who may be the same person, and this patient's other intakes for the visit day.
     */
    record Submission(UUID intakeId, boolean replayed, List<LikelyDuplicate> likelyDuplicates, List<UUID> sameVisitDay) {

        public Submission {
            likelyDuplicates = List.copyOf(likelyDuplicates);
            sameVisitDay = List.copyOf(sameVisitDay);
        }

        /** Without warnings. */
        public Submission(UUID intakeId, boolean replayed) {
            this(intakeId, replayed, List.of(), List.of());
        }
    }

    /**
     * Registers the patient on their first visit, stores the answers as version 1 and their assessment. A
     * repeated {@code idempotencyKey} with the same request returns the first intake; with another request it
     * is refused (422).
     */
    Submission submit(IntakeRequest request, String idempotencyKey, String submittedBy, String source);

    /** Stores corrected answers as a new version with its own assessment; the versions before stay as they were. */
    IntakeView amend(UUID intakeId, AmendmentRequest request, String amendedBy);
}
