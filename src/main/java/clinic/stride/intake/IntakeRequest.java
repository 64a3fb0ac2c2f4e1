package clinic.stride.intake;

import clinic.stride.consent.ConsentRequest;
import clinic.stride.patient.PatientDetails;
import clinic.stride.vocabulary.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Body of POST /api/intakes: who the patient is, this visit's answers and, when the patient agreed to the notice,
 * their consent (left out: the intake is stored and marked "no consent recorded"). The shape is in the README.
 */
public record IntakeRequest(
        @NotNull(message = "tell us who the patient is") @Valid PatientDetails patient,
        @NotNull(message = "give the visit date") @PlausibleVisitDate LocalDate visitDate,
        @NotNull(message = "choose a language") Language language,
        @NotNull(message = "tell us about the pain") @Valid Pain pain,
        @NotNull(message = "the factors section is missing") @Valid Factors factors,
        @NotNull(message = "answer the warning-sign questions") @Valid RedFlagAnswers redFlags,
        @Valid LefsAnswers lefs,
        @Valid ConsentRequest consent) {

    /** A LEFS with no item answered (an empty group of a FHIR response, a skipped page) is no LEFS. */
    public IntakeRequest {
        if (lefs != null && lefs.noneAnswered()) {
            lefs = null;
        }
    }

    public IntakeAnswers answers() {
        return new IntakeAnswers(visitDate, language, pain, factors, redFlags, lefs);
    }

    /** The same intake with the consent given on the page that sent it. */
    public IntakeRequest withConsent(ConsentRequest given) {
        return new IntakeRequest(patient, visitDate, language, pain, factors, redFlags, lefs, given);
    }
}
