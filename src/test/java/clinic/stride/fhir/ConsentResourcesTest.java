package clinic.stride.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import clinic.stride.consent.ConsentRecord;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import clinic.stride.testsupport.FhirValidation;
import clinic.stride.vocabulary.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.Test;

class ConsentResourcesTest {

    private static final FhirValidation VALIDATION = new FhirValidation(IntakeQuestionnaire.build());

    private static final UUID INTAKE = UUID.fromString("0b8f3a52-6d1e-4c1a-9a0e-2f4b5c6d7e8f");

    private static final ConsentRecord GIVEN = new ConsentRecord("Siobhán O’Brien-Ngữ", 3, Language.ES, "kiosk",
            Instant.parse("2026-12-04T09:15:30Z"));

    @Test
    void shouldValidateAgainstBaseR4WithoutErrorsWhenAConsentWasGiven() {
        Consent consent = ConsentResources.toConsent(INTAKE, "C-ÅSA 7", GIVEN);
        var messages = VALIDATION.messages(consent, ResultSeverityEnum.ERROR);
        assertTrue(messages.isEmpty(), () -> FhirValidation.describe(messages) + "\n" + Fhir.toJson(consent));
    }

    @Test
    void shouldCarryTheNoticeVersionLanguageSignedNamePathAndSourceWhenExported() {
        Consent consent = (Consent) Fhir.strictParser().parseResource(
                Fhir.toJson(ConsentResources.toConsent(INTAKE, "C-1001", GIVEN)));
        assertEquals(Consent.ConsentState.ACTIVE, consent.getStatus());
        assertEquals("patient-privacy", consent.getScope().getCodingFirstRep().getCode());
        assertEquals("Patient/C-1001", consent.getPatient().getReference());
        assertEquals("https://stride.clinic/fhir/consent-notice/3/es", consent.getPolicyFirstRep().getUri());
        assertEquals("Siobhán O’Brien-Ngữ", consent.getPerformerFirstRep().getDisplay());
        assertEquals("QuestionnaireResponse/" + INTAKE, consent.getSourceReference().getReference());
        assertEquals("kiosk", consent.getMeta().getTag(ConsentResources.DEVICE_PATH_SYSTEM, "kiosk").getCode());
        assertEquals(Instant.parse("2026-12-04T09:15:30Z"), consent.getDateTime().toInstant());
        assertEquals(INTAKE.toString(), consent.getIdElement().getIdPart());
    }

    @Test
    void shouldFindThePatientOfAConsentSearchAndRefuseWhatConsentSearchesDoNotTake() {
        assertEquals("C-Ñ1", search(Map.of("patient", List.of("Patient/C-Ñ1"))));
        assertEquals("C-2", search(Map.of("patient.identifier", List.of(Fhir.CLINIC_ID_SYSTEM + "|C-2"), "_format", List.of("json"))));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> search(Map.of("subject", List.of("Patient/C-3"))));
        assertEquals(List.of("subject"), refused.errors().stream().map(Problem.FieldError::field).toList());
        InvalidInput none = assertThrows(InvalidInput.class, () -> search(Map.of()));
        assertEquals("a search needs a patient: patient or patient.identifier", none.errors().getFirst().message());
        assertEquals("patient", none.errors().getFirst().field());
    }

    private static String search(Map<String, List<String>> query) {
        return ResponseSearch.clinicIdOf(query, FhirConsents.PARAMETERS, "patient, patient.identifier");
    }
}
