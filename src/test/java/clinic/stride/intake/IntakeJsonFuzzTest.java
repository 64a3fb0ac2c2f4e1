package clinic.stride.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import clinic.stride.platform.Json;
import clinic.stride.platform.JsonFieldErrors;
import clinic.stride.platform.Problem;
import clinic.stride.platform.ProblemMappers;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Set;

/**
 * Coverage-guided fuzzing of what the intake API does with a body before it reaches the database: Jackson
 * parsing into {@link IntakeRequest}, Bean Validation, and the problem+json mapping of both. Every input must
 * end as either a valid request whose derived values compute, or a 400 problem that names fields in plain
 * words; anything else (an unexpected exception, a message with a Java class name) is a finding.
 *
 * <p>{@code ./mvnw test} replays the saved inputs in src/test/resources/clinic/stride/intake/IntakeJsonFuzzTestInputs;
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=IntakeJsonFuzzTest} fuzzes for the 30 s below (CI), and
 * {@code -Djazzer.max_duration=10m} overrides that (README; Jazzer 0.30 reads it, 0.24 ignored it).
 */
class IntakeJsonFuzzTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @FuzzTest(maxDuration = "30s")
    void shouldAnswerEveryBodyWithAValidRequestOrAFieldProblem(byte[] body) {
        IntakeRequest request;
        try {
            request = Json.mapper().readValue(body, IntakeRequest.class);
        } catch (JsonProcessingException e) {
            assertPlainProblem(ProblemMappers.UnreadableJson.problemFor(e));
            if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
                // What the API answers: every bad field, found by reading the body again without each one.
                try {
                    var tree = Json.mapper().readTree(body);
                    if (tree != null && !tree.isMissingNode()) {
                        assertPlainProblem(Problem.invalid(JsonFieldErrors.of(Json.mapper(), tree,
                                Json.mapper().constructType(IntakeRequest.class), VALIDATOR)));
                    }
                } catch (IOException notJson) {
                    // a truncated body: answered by the parse-error mapping above
                }
            }
            return;
        } catch (CharConversionException e) {
            assertPlainProblem(ProblemMappers.UndecodableBody.problemFor(e));
            return;
        } catch (IOException e) {
            throw new AssertionError("reading from a byte array fails only on encoding, which is handled above", e);
        }
        if (request == null) {
            return; // the JSON literal null: JAX-RS reports the missing body through @NotNull on the parameter
        }
        Set<ConstraintViolation<IntakeRequest>> violations = VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            assertPlainProblem(ProblemMappers.InvalidFields.problemFor(violations));
            return;
        }
        // A request that passed validation must compute everything derived from it without surprises.
        IntakeAnswers answers = request.answers();
        answers.pain().score();
        answers.factors().bmi();
        answers.factors().legLength().difference();
    }

    private static void assertPlainProblem(Problem problem) {
        assertEquals(400, problem.status());
        assertFalse(problem.errors().isEmpty(), "a 400 names at least one field");
        for (Problem.FieldError error : problem.errors()) {
            assertFalse(error.field().isBlank());
            assertFalse(error.message().isBlank());
            assertFalse(error.message().matches("(?s).*(Exception|\\bat [a-z]+\\.[a-z]+\\.|com\\.fasterxml|java\\.lang).*"),
                    () -> "internal detail in a message: " + error.message());
        }
    }
}
