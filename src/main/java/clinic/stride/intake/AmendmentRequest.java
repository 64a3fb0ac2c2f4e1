package clinic.stride.intake;

import clinic.stride.patient.PatientDetails;
import clinic.stride.vocabulary.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Body of POST /api/intakes/{id}/amendments: the corrected answers, whole, and why they were corrected.
 * The earlier version stays readable.
 */
public record AmendmentRequest(
        @NotBlank(message = "say why the intake is corrected") @Size(max = 500, message = "keep the reason under 500 characters")
        @Pattern(regexp = PatientDetails.LINES_OF_TEXT, message = "the reason must be plain text, without control characters")
        String reason,
        @NotNull(message = "give the visit date") @PlausibleVisitDate LocalDate visitDate,
        @NotNull(message = "choose a language") Language language,
        @NotNull(message = "tell us about the pain") @Valid Pain pain,
        @NotNull(message = "the factors section is missing") @Valid Factors factors,
        @NotNull(message = "answer the warning-sign questions") @Valid RedFlagAnswers redFlags,
        @Valid LefsAnswers lefs) {

    public IntakeAnswers answers() {
        return new IntakeAnswers(visitDate, language, pain, factors, redFlags, lefs);
    }
}
