package clinic.stride.intakelink;

import clinic.stride.consent.ConsentRequest;
import clinic.stride.intake.Factors;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.LefsAnswers;
import clinic.stride.intake.Pain;
import clinic.stride.intake.PlausibleVisitDate;
import clinic.stride.intake.RedFlagAnswers;
import clinic.stride.patient.PatientDetails;
import clinic.stride.vocabulary.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Body of POST /api/intake-links/{token}/intake: the same answers as POST /api/intakes. The patient part
 * may be left out (the link already says who the patient is); when sent it must match the registered
 * patient exactly. The consent, when the patient agreed to the notice, is recorded with device path {@code link}.
 */
public record LinkIntakeRequest(
        @Valid PatientDetails patient,
        @NotNull(message = "give the visit date") @PlausibleVisitDate LocalDate visitDate,
        @NotNull(message = "choose a language") Language language,
        @NotNull(message = "tell us about the pain") @Valid Pain pain,
        @NotNull(message = "the factors section is missing") @Valid Factors factors,
        @NotNull(message = "answer the warning-sign questions") @Valid RedFlagAnswers redFlags,
        @Valid LefsAnswers lefs,
        @Valid ConsentRequest consent) {

    /** The intake for the link's patient, with the registered details (a link never changes who the patient is). */
    IntakeRequest forPatient(PatientDetails registered) {
        return new IntakeRequest(registered, visitDate, language, pain, factors, redFlags, lefs, consent);
    }
}
