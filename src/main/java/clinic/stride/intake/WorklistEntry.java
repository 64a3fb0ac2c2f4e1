package clinic.stride.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the front desk's worklist: who came in and whether their intake is there. Deliberately no
 * clinical field (pain, red flags, answers); clinicians use GET /api/intakes for those.
 */
public record WorklistEntry(UUID intakeId, String clinicId, String patientName, LocalDate visitDate,
                            Instant submittedAt, String source) {

    static final int MAX_ROWS = 500;

    static WorklistEntry of(Intake intake) {
        return new WorklistEntry(intake.id(), intake.patient().clinicId(), intake.patient().displayName(),
                intake.visitDate(), intake.submittedAt(), intake.source());
    }
}
