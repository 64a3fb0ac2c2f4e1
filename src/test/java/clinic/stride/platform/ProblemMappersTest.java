package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import clinic.stride.intake.IntakeRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void shouldQuoteAnUnknownKeyMadeOfSpacesSoTheErrorHasAVisibleField() {
        // Regression for IntakeJsonFuzzTestInputs/.../found-blank-field-name: the field used to be "  ".
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> Json.mapper().readValue("{\"pain\": {\"  \": 1}}", IntakeRequest.class));
        Problem problem = ProblemMappers.UnreadableJson.problemFor(e);
        assertEquals("pain.\"  \"", problem.errors().getFirst().field());
        assertEquals("is not a field Stride knows", problem.errors().getFirst().message());
    }

    @Test
    void shouldQuoteAnEmptyKeyAtTheTopLevel() {
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> Json.mapper().readValue("{\"\": 1}", IntakeRequest.class));
        assertEquals("\"\"", ProblemMappers.UnreadableJson.problemFor(e).errors().getFirst().field());
    }

    @Test
    void shouldAnswerJsonNestedDeeperThanJacksonReadsAsABodyProblem() {
        // Regression for MalformedBodiesIT: this is neither a parse nor a mapping exception and ended as a 500.
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> Json.mapper().readValue("{\"item\": " + "[".repeat(5000) + "]".repeat(5000) + "}", IntakeRequest.class));
        assertInstanceOf(StreamConstraintsException.class, e);
        Problem problem = ProblemMappers.UnreadableJson.problemFor(e);
        assertEquals(400, problem.status());
        assertEquals(List.of(new Problem.FieldError("(body)", "the body nests too deeply or holds a number or text too long to read")),
                problem.errors());
    }

    @Test
    void shouldTellRefusedDataFromALostDatabaseWhenACommitFails() {
        // A check refused in the flush at the commit reaches the mapper wrapped twice.
        jakarta.transaction.TransactionalException refused = new jakarta.transaction.TransactionalException("commit failed",
                new jakarta.transaction.RollbackException("rolled back") {
                    @Override
                    public synchronized Throwable getCause() {
                        return new java.sql.SQLException("violates check constraint", "23514");
                    }
                });
        jakarta.transaction.TransactionalException lost = new jakarta.transaction.TransactionalException("commit failed",
                new java.sql.SQLException("connection lost", "08006"));

        // TransactionFailed answers 422 for the first, 503 ("not reachable") only for the second.
        assertEquals(true, ProblemMappers.refusedData(refused));
        assertEquals(false, ProblemMappers.refusedData(lost));
    }
}
