package clinic.stride.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of an intake list. */
public record IntakeSummary(
        UUID id,
        String clinicId,
        String patientName,
        LocalDate visitDate,
        Instant submittedAt,
        int painIntensity,
        int redFlagLevel,
        int version) {

    static IntakeSummary of(Intake intake) {
        return new IntakeSummary(intake.id(), intake.patient().clinicId(), intake.patient().displayName(),
                intake.visitDate(), intake.submittedAt(), intake.painIntensity(), intake.redFlagLevel(),
                intake.currentVersion());
    }
}
