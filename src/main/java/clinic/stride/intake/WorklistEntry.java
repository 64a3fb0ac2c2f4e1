package clinic.stride.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the front desk's worklist: who came in and whether their intake is there. No clinical detail (pain,
 * answers, which warning sign) except {@code emergency}: the patient was told to get medical help now, and the
 * desk must act at once; clinicians use GET /api/intakes for the rest.
 */
public record WorklistEntry(UUID intakeId, String clinicId, String patientName, LocalDate visitDate,
                            Instant submittedAt, String source, boolean emergency) {

    /** Intake.redFlagLevel of an emergency (clinic.stride.assessment.Assessments). */
    static final int EMERGENCY_LEVEL = 3;

    static final int MAX_ROWS = 500;

    static WorklistEntry of(Intake intake) {
        return new WorklistEntry(intake.id(), intake.patient().clinicId(), intake.patient().displayName(),
                intake.visitDate(), intake.submittedAt(), intake.source(), intake.redFlagLevel() >= EMERGENCY_LEVEL);
    }
}
