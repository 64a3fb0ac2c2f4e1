package clinic.stride.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.StrideApi;
import clinic.stride.intake.RedFlagAnswers;
import clinic.stride.platform.ApiExamples;
import clinic.stride.platform.Json;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ApiDescriptionTest {

    private static final ObjectNode DOCUMENT = ApiDescription.of(new StrideApi());
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(DOCUMENT.toString()).build();

    private static ValidationReport post(String path, String body) {
        return VALIDATOR.validateRequest(SimpleRequest.Builder.post(path).withContentType("application/json")
                .withAuthorization("Basic Y2xpbmljaWFuOnNlY3JldA==").withBody(body).build());
    }

    /** The intake example under "### The intake body" in the README. */
    static String readmeIntake() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### The intake body");
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(section >= 0 && block.find(section), "README has an intake example");
        return block.group(1);
    }

    @Test
    void shouldAcceptTheReadmesExampleIntakeWhenValidatedAgainstTheDocumentedRequestSchema() throws Exception {
        String intake = readmeIntake();
        ValidationReport report = post("/api/intakes", intake);
        assertFalse(report.hasErrors(), report::toString);
        assertEquals(Json.mapper().readTree(ApiExamples.INTAKE), Json.mapper().readTree(intake),
                "the README and the /openapi example show the same intake");
    }

    @Test
    void shouldRefuseWhatTheApiRefusesWhenValidatedAgainstTheDocument() throws Exception {
        ObjectNode intake = (ObjectNode) Json.mapper().readTree(ApiExamples.INTAKE);
        ((ObjectNode) intake.get("pain")).put("side", "LEFT").put("colour", "red");
        intake.put("visitDate", "20 November 2026");
        ValidationReport report = post("/api/intakes", intake.toString());
        String messages = report.getMessages().toString();
        assertTrue(messages.contains("LEFT"), messages);
        assertTrue(messages.contains("colour"), messages);
        assertTrue(messages.contains("20 November 2026"), messages);
    }

    @Test
    void shouldValidateEveryRequestExampleAgainstItsOwnSchema() {
        List<String> failures = new ArrayList<>();
        DOCUMENT.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode content = operation.getValue().path("requestBody").path("content").path("application/json");
            content.path("examples").properties().forEach(example -> {
                String resolved = path.getKey().replaceAll("\\{[^}]+}", "0b5c3f3e-8a51-4c57-9d0b-3c4f6f0a1b2c");
                ValidationReport report = VALIDATOR.validateRequest(new SimpleRequest.Builder(
                        Request.Method.valueOf(operation.getKey().toUpperCase()), resolved)
                        .withContentType("application/json").withAuthorization("Basic eDp5")
                        .withBody(example.getValue().get("value").toString()).build());
                if (report.hasErrors()) {
                    failures.add(operation.getKey() + " " + path.getKey() + " " + example.getKey() + ": " + report);
                }
            });
        }));
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void shouldDescribeEveryComponentOfARequestRecordWhenFieldsAreAdded() {
        // Generated from the record: a red flag added to RedFlagAnswers is a property here without anyone writing it.
        Set<String> components = new TreeSet<>(Arrays.stream(RedFlagAnswers.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList());
        Set<String> described = new TreeSet<>();
        DOCUMENT.at("/components/schemas/RedFlagAnswers/properties").fieldNames().forEachRemaining(described::add);
        assertEquals(components, described);
        assertFalse(DOCUMENT.at("/components/schemas/RedFlagAnswers/additionalProperties").asBoolean(true));
    }

    @Test
    void shouldUseLowerCaseCodesProperFormatsAndNoMaxPropertiesZero() {
        String text = DOCUMENT.toString();
        assertFalse(text.contains("\"maxProperties\""), "no maxProperties anywhere");
        List<String> upper = new ArrayList<>();
        DOCUMENT.at("/components/schemas").properties().forEach(schema -> schema.getValue().path("enum")
                .forEach(value -> {
                    if (!value.asText().equals(value.asText().toLowerCase())) {
                        upper.add(schema.getKey() + ": " + value.asText());
                    }
                }));
        assertTrue(upper.isEmpty(), upper::toString);
        assertEquals("date", DOCUMENT.at("/components/schemas/IntakeRequest/properties/visitDate/format").asText());
        assertEquals("uuid", DOCUMENT.at("/components/schemas/IntakeView/properties/id/format").asText());
        assertEquals("date-time", DOCUMENT.at("/components/schemas/IntakeView/properties/submittedAt/format").asText());
        assertEquals("email", DOCUMENT.at("/components/schemas/PatientDetails/properties/email/format").asText());
        assertEquals("object", DOCUMENT.at("/components/schemas/QuestionnaireResponse/type").asText());
    }

    @Test
    void shouldGiveEveryOperationAUniqueIdASchemaForEveryJsonBodyAndTheSecurityItNeeds() {
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        DOCUMENT.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            JsonNode op = operation.getValue();
            if (!ids.add(op.path("operationId").asText())) {
                problems.add(name + ": duplicate operationId");
            }
            op.path("responses").properties().forEach(response -> response.getValue().path("content").properties()
                    .forEach(media -> {
                        if (media.getValue().path("schema").isMissingNode()) {
                            problems.add(name + " " + response.getKey() + " " + media.getKey() + ": no schema");
                        }
                    }));
            if (op.path("x-roles-allowed").isTextual()) {
                if (!op.path("responses").has("401") || !op.path("responses").has("403")
                        || !op.path("security").path(0).has("basic")) {
                    problems.add(name + ": protected but 401/403/basic missing");
                }
            }
        }));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertEquals("basic", DOCUMENT.at("/components/securitySchemes/basic/scheme").asText());
    }

    @Test
    void shouldWriteTheDocumentForTheLinter() throws Exception {
        Path out = Path.of("target", "openapi.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), DOCUMENT);
        assertTrue(Files.size(out) > 1000);
    }
}
