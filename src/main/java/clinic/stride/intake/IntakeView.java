package clinic.stride.intake;

import clinic.stride.consent.ConsentStatus;
import clinic.stride.patient.PatientDetails;
import clinic.stride.vocabulary.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An intake as the API shows it: the version in force, its derived values, the list of versions and the consent
 * status (given, with its details, or none recorded).
 */
public record IntakeView(
        UUID id,
        PatientDetails patient,
        int ageAtVisit,
        LocalDate visitDate,
        Language language,
        Pain pain,
        Factors factors,
        Derived derived,
        RedFlagAnswers redFlags,
        LefsAnswers lefs,
        int version,
        Instant submittedAt,
        String source,
        List<VersionInfo> versions,
        ConsentStatus consent) {

    /** Values Stride computes from the answers. */
    public record Derived(Double bmi, String bmiCategory, Integer lefsScore, Integer lefsAnswered) {
    }

    /** One stored version: when, by whom, and why it was amended. */
    public record VersionInfo(int version, Instant createdAt, String createdBy, String reason) {
    }
}
