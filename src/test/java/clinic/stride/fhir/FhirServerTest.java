package clinic.stride.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.platform.Problem;
import clinic.stride.testsupport.FhirValidation;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

class FhirServerTest {

    private static final FhirValidation VALIDATION = new FhirValidation(IntakeQuestionnaire.build());

    @Test
    void shouldValidateTheCapabilityStatementWithNoErrors() {
        CapabilityStatement statement = FhirMetadata.statement();
        assertEquals(List.of(), VALIDATION.errors(statement), FhirValidation.describe(VALIDATION.errors(statement)));
        assertEquals("4.0.1", statement.getFhirVersion().toCode());
    }

    @Test
    void shouldTurnAProblemWithTwoFieldsIntoAValidOutcomeWithTwoIssues() {
        OperationOutcome outcome = Outcomes.of(Problem.invalid(List.of(
                new Problem.FieldError("pain.intensity", "pain must be between 0 and 10"),
                new Problem.FieldError("questionnaire", "answers version 0.9.0"))));
        assertEquals(2, outcome.getIssue().size());
        assertEquals(OperationOutcome.IssueType.INVALID, outcome.getIssueFirstRep().getCode());
        assertEquals("pain.intensity: pain must be between 0 and 10", outcome.getIssueFirstRep().getDiagnostics());
        assertEquals(List.of(), VALIDATION.errors(outcome), FhirValidation.describe(VALIDATION.errors(outcome)));
    }

    @Test
    void shouldRefuseAResponseToAnotherVersionAndAcceptOursTheOneBeforeLefsOrNone() {
        QuestionnaireResponse response = new QuestionnaireResponse();
        assertEquals(List.of(), FhirResource.otherQuestionnaireVersion(response));
        response.setQuestionnaire(Fhir.questionnaireCanonical());
        assertEquals(Fhir.QUESTIONNAIRE_URL + "|1.1.0", response.getQuestionnaire());
        assertEquals(List.of(), FhirResource.otherQuestionnaireVersion(response));
        response.setQuestionnaire(Fhir.QUESTIONNAIRE_URL + "|1.0.0");
        assertEquals(List.of(), FhirResource.otherQuestionnaireVersion(response));
        response.setQuestionnaire(Fhir.QUESTIONNAIRE_URL + "|1.2.0");
        assertEquals("questionnaire", FhirResource.otherQuestionnaireVersion(response).getFirst().field());
        response.setQuestionnaire(Fhir.QUESTIONNAIRE_URL + "|0.9.0");
        assertEquals("questionnaire", FhirResource.otherQuestionnaireVersion(response).getFirst().field());
    }

    @Test
    void shouldMatchAuthoredDatesByPrefixWhenSearching() {
        Instant evening = Instant.parse("2026-11-20T21:00:00Z");
        assertTrue(ResponseSearch.Range.parse("2026-11-20").orElseThrow().matches(evening));
        assertTrue(ResponseSearch.Range.parse("ge2026-11-20").orElseThrow().matches(evening));
        assertTrue(!ResponseSearch.Range.parse("gt2026-11-20").orElseThrow().matches(evening));
        assertTrue(ResponseSearch.Range.parse("lt2026-11-21").orElseThrow().matches(evening));
        assertTrue(!ResponseSearch.Range.parse("le2026-11-19").orElseThrow().matches(evening));
        assertTrue(ResponseSearch.Range.parse("ge2026-11-20T20:59:59Z").orElseThrow().matches(evening));
        assertTrue(ResponseSearch.Range.parse("xx2026-11-20").isEmpty());
        assertTrue(ResponseSearch.Range.parse("yesterday").isEmpty());
    }

    @Test
    void shouldReadTheClinicIdFromAnIdentifierTokenOfOurSystemOnly() {
        assertEquals("C-1", FhirPatients.clinicIdOf(Fhir.CLINIC_ID_SYSTEM + "|C-1"));
        assertEquals("C-1", FhirPatients.clinicIdOf("C-1"));
        assertEquals("C-1", FhirPatients.clinicIdOf("|C-1"));
        assertEquals(null, FhirPatients.clinicIdOf("http://other.example/ids|C-1"));
    }
}
