package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import clinic.stride.intake.IntakeRequest;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
}
