package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.IntakeRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class JsonFieldErrorsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static List<Problem.FieldError> errorsOf(Consumer<ObjectNode> change) throws Exception {
        ObjectNode body = (ObjectNode) Json.mapper().readTree(ApiExamples.INTAKE);
        change.accept(body);
        return JsonFieldErrors.of(Json.mapper(), body, Json.mapper().constructType(IntakeRequest.class), VALIDATOR);
    }

    private static List<String> fields(List<Problem.FieldError> errors) {
        return errors.stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void shouldListBothUnknownFieldsWhenTwoAreSent() throws Exception {
        List<Problem.FieldError> errors = errorsOf(b -> {
            ((ObjectNode) b.get("pain")).put("intensityy", 3);
            ((ObjectNode) b.get("factors")).put("shoeSize", 42);
        });
        assertEquals(List.of(new Problem.FieldError("factors.shoeSize", "is not a field Stride knows"),
                new Problem.FieldError("pain.intensityy", "is not a field Stride knows")), errors);
    }

    @Test
    void shouldListTypeEnumUnknownFieldAndRangeErrorsAndTheVisitDateInOneAnswer() throws Exception {
        List<Problem.FieldError> errors = errorsOf(b -> {
            b.put("visitDate", "1990-01-01");
            b.put("colour", "blue");
            ObjectNode pain = (ObjectNode) b.get("pain");
            pain.put("side", "middle");
            pain.put("durationWeeks", "eight");
            ((ArrayNode) pain.get("regions")).add("elbow");
            ((ObjectNode) b.get("factors")).put("heightCm", 300);
            ((ObjectNode) b.get("redFlags")).put("fever", "no");
        });
        assertEquals(List.of("colour", "factors.heightCm", "pain.durationWeeks", "pain.regions[2]", "pain.side",
                "redFlags.fever", "visitDate"), fields(errors));
        assertEquals("must be one of: left, right, both", errors.get(4).message());
        assertEquals("must be a whole number", errors.get(2).message());
        assertEquals("true or false", errors.get(5).message().replace("must be ", ""));
        assertEquals("the visit date must be between 2000-01-01 and today", errors.get(6).message());
    }

    @Test
    void shouldNotReportAWronglyTypedRequiredFieldAgainAsMissing() throws Exception {
        List<Problem.FieldError> errors = errorsOf(b -> ((ObjectNode) b.get("pain")).put("intensity", "six"));
        assertEquals(List.of(new Problem.FieldError("pain.intensity", "must be a whole number")), errors);
    }

    @Test
    void shouldNameTheOriginalPositionOfEachBadCodeInAList() throws Exception {
        List<Problem.FieldError> errors = errorsOf(b -> {
            ArrayNode when = (ArrayNode) b.get("pain").get("when");
            when.removeAll();
            when.add("nightly").add("stairs").add("weekends").add("night");
        });
        assertEquals(List.of("pain.when[0]", "pain.when[2]"), fields(errors));
    }

    @Test
    void shouldStopAtFiftyErrorsWhenABodyHasThousandsOfUnknownKeys() throws Exception {
        List<Problem.FieldError> errors = errorsOf(b -> {
            for (int i = 0; i < 5000; i++) {
                b.put("k" + i, i);
            }
        });
        assertEquals(JsonFieldErrors.MAX_ERRORS, errors.size());
    }

    @Test
    void shouldAnswerABodyThatIsNotAnObjectWithOneBodyError() throws Exception {
        JsonNode list = Json.mapper().readTree("[1, 2]");
        List<Problem.FieldError> errors = JsonFieldErrors.of(Json.mapper(), list,
                Json.mapper().constructType(IntakeRequest.class), VALIDATOR);
        assertEquals(List.of("(body)"), fields(errors));
        assertTrue(errors.getFirst().message().startsWith("must be"), errors.toString());
    }
}
