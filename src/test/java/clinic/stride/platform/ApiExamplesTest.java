package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.fhir.Fhir;
import clinic.stride.fhir.IntakeResponses;
import clinic.stride.intake.AmendmentRequest;
import clinic.stride.intake.IntakeRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/** The bodies shown in /openapi are real: each one parses and passes the intake's validation. */
class ApiExamplesTest {

    private static Validator validator() {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory();
        return factory.getValidator();
    }

    @Test
    void shouldAcceptTheExampleIntake() throws Exception {
        IntakeRequest intake = Json.mapper().readValue(ApiExamples.INTAKE, IntakeRequest.class);
        assertTrue(validator().validate(intake).isEmpty());
        assertEquals("C-1001", intake.patient().clinicId());
    }

    @Test
    void shouldAcceptTheExampleAmendment() throws Exception {
        AmendmentRequest amendment = Json.mapper().readValue(ApiExamples.AMENDMENT, AmendmentRequest.class);
        assertTrue(validator().validate(amendment).isEmpty());
    }

    @Test
    void shouldAcceptTheExampleQuestionnaireResponse() throws Exception {
        QuestionnaireResponse response = Fhir.strictParser().parseResource(QuestionnaireResponse.class, ApiExamples.QUESTIONNAIRE_RESPONSE);
        IntakeRequest intake = IntakeResponses.toRequest(response);
        assertTrue(validator().validate(intake).isEmpty(), () -> validator().validate(intake).toString());
        assertEquals(6, intake.pain().intensity());
    }

    @Test
    void shouldAcceptTheExampleHandoutPlan() throws Exception {
        var plan = Json.mapper().readValue(ApiExamples.HANDOUT_PLAN, clinic.stride.reports.HandoutPlanRequest.class);
        assertTrue(validator().validate(plan).isEmpty());
        assertEquals("clamshells", plan.exercises().getFirst().id());
    }

    @Test
    void shouldAcceptTheSecurityAndIntakeLinkExamples() throws Exception {
        assertTrue(validator().validate(Json.mapper().readValue(ApiExamples.PATIENT, clinic.stride.patient.PatientDetails.class)).isEmpty());
        assertTrue(validator().validate(Json.mapper().readValue(ApiExamples.LINK_INTAKE, clinic.stride.intakelink.LinkIntakeRequest.class)).isEmpty());
        assertTrue(validator().validate(Json.mapper().readValue(ApiExamples.USER, clinic.stride.security.UserRequest.class)).isEmpty());
        assertTrue(validator().validate(Json.mapper().readValue(ApiExamples.PASSWORD, clinic.stride.security.PasswordRequest.class)).isEmpty());
        Json.mapper().readValue(ApiExamples.INTAKE_LINK, clinic.stride.intakelink.IntakeLinkRequest.class);
    }

    @Test
    void shouldParseTheResponseExamples() throws Exception {
        Json.mapper().readTree(ApiExamples.CREATED);
        // Read as a tree: Problem's media-type constant needs a JAX-RS runtime, which unit tests do not have.
        assertEquals("pain.intensity", Json.mapper().readTree(ApiExamples.PROBLEM).at("/errors/0/field").asText());
    }
}
