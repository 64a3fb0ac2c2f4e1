package clinic.stride.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.platform.Problem;
import clinic.stride.platform.ProblemMappers;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * Coverage-guided fuzzing of what POST /api/fhir/QuestionnaireResponse does with a body before it reaches the
 * database: HAPI's parser with Stride's error collector ({@link ResponseParser#parse}), the mapping of items to an
 * intake ({@link IntakeResponses#toRequest}), Bean Validation, and for a valid request the way back to a
 * QuestionnaireResponse (what GET serves for it). Every body must end as a valid intake or as a 400 problem that
 * names a field or link id in plain words; any other exception (NullPointerException, ClassCastException,
 * StackOverflowError...) is a finding.
 *
 * <p>{@code ./mvnw test} replays the saved inputs in src/test/resources/clinic/stride/fhir/FhirImportFuzzTestInputs
 * (a valid response of a runner, built as IntakeResponsesTest builds one, plus every crash found so far);
 * the README has the fuzzing command.
 */
class FhirImportFuzzTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    // The FHIR choice-type names and structure a mutation of the seed would rarely spell out by chance.
    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"\"valueBoolean\"", "\"valueInteger\"", "\"valueDecimal\"", "\"valueString\"", "\"valueDate\"",
            "\"valueCoding\"", "\"valueDateTime\"", "\"valueQuantity\"", "\"valueReference\"", "\"item\"", "\"answer\"",
            "\"linkId\"", "\"contained\"", "\"#patient\"", "\"resourceType\"", "\"QuestionnaireResponse\"", "\"Patient\"",
            "\"extension\"", "\"_linkId\"", "\"status\"", "\"amended\"", "\"questionnaire\"", "\"subject\"", "\"telecom\"",
            "\"birthDate\"", "\"gender\"", "\"identifier\""})
    void shouldTurnEveryBodyIntoAnIntakeOrAFieldProblem(byte[] bytes) {
        IntakeRequest request;
        try {
            // The resource hands over the body's bytes as they came.
            QuestionnaireResponse response = ResponseParser.parse(bytes);
            request = IntakeResponses.toRequest(response);
        } catch (UnreadableResponse e) {
            assertPlainProblem(Problem.invalid(e.errors()));
            return;
        } catch (JsonProcessingException e) {
            // What FhirResource lets through to the API's Jackson mappers.
            assertPlainProblem(ProblemMappers.UnreadableJson.problemFor(e));
            return;
        }
        Set<ConstraintViolation<IntakeRequest>> violations = VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            assertPlainProblem(ProblemMappers.InvalidFields.problemFor(violations));
            return;
        }
        // A request that passed validation must compute everything derived from it, and travel back out as the
        // QuestionnaireResponse GET serves, without surprises.
        IntakeAnswers answers = request.answers();
        answers.pain().score();
        answers.factors().bmi();
        answers.factors().legLength().difference();
        Fhir.toJson(IntakeResponses.toResponse(UUID.fromString("0b5c3f3e-8a51-4c57-9d0b-3c4f6f0a1b2c"), 1,
                Instant.parse("2026-11-20T09:30:00Z"), request.patient(), answers));
    }

    private static void assertPlainProblem(Problem problem) {
        assertEquals(400, problem.status());
        assertFalse(problem.errors().isEmpty(), "a 400 names at least one field or link id");
        for (Problem.FieldError error : problem.errors()) {
            assertFalse(error.field() == null || error.field().isBlank(), () -> "an error without a field: " + problem);
            assertFalse(error.message() == null || error.message().isBlank(), () -> "an error without a message: " + problem);
            assertFalse(error.message().matches("(?s).*(Exception|\\bat [a-z]+\\.[a-z]+\\.|com\\.fasterxml|java\\.lang|ca\\.uhn|org\\.hl7).*"),
                    () -> "internal detail in a message: " + error.message());
        }
    }
}
