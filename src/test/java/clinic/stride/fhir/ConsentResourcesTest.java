package clinic.stride.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import clinic.stride.consent.ConsentRecord;
import clinic.stride.testsupport.FhirValidation;
import clinic.stride.vocabulary.Language;
import java.time.Instant;
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
}
