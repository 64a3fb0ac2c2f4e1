package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.StrideApi;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.StrideIT;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * /openapi (openapi.ApiDescription) describes the whole REST API: every resource method of
 * {@link StrideApi#getClasses()}, found by reflection, must be there, with a summary, and every request body
 * with an example. A new endpoint without its description fails here.
 */
class OpenApiIT extends StrideIT {

    JsonNode document() {
        Api api = new Api(base);
        Api.Reply reply = api.send(api.request("openapi").header("Accept", "application/json").GET().build());
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** "GET /api/intakes/{id}" for every resource method, from the JAX-RS annotations. */
    static Set<String> endpoints() {
        String root = StrideApi.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
        Set<String> endpoints = new TreeSet<>();
        for (Class<?> type : new StrideApi().getClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue; // a provider, not a resource
            }
            for (Method method : type.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                endpoints.add(http + " " + join(root, classPath.value(), methodPath == null ? "" : methodPath.value()));
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        // {id: [0-9]+} is {id} in OpenAPI.
        return path.toString().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    static Set<String> documented(JsonNode document) {
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return documented;
    }

    @Test
    void shouldListEveryEndpointOfTheRestApi() {
        Set<String> expected = endpoints();
        assertTrue(expected.size() >= 10, expected::toString);
        Set<String> documented = documented(document());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), () -> "missing from /openapi: " + missing + "\ndocumented: " + documented);
    }

    @Test
    void shouldSummariseEveryOperationAndShowAnExampleOfEveryRequestBody() {
        JsonNode paths = document().path("paths");
        List<String> problems = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            String name = operation.getKey() + " " + path.getKey();
            if (operation.getValue().path("summary").asText().isBlank()) {
                problems.add(name + " has no summary");
            }
            JsonNode body = operation.getValue().path("requestBody");
            if (!body.isMissingNode()) {
                body.path("content").fields().forEachRemaining(media -> {
                    JsonNode content = media.getValue();
                    if (content.path("example").isMissingNode() && content.path("examples").isEmpty()) {
                        problems.add(name + " has no example for " + media.getKey());
                    }
                });
            }
        }));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** The red-flag screen and pregnancy (issue 14): in the example, the description and the generated schema. */
    @Test
    void shouldShowTheNewRedFlagAnswersAndPregnancyWhenIntakeSubmissionIsDescribed() {
        JsonNode document = document();
        JsonNode post = document.at("/paths/~1api~1intakes/post");
        JsonNode value = post.at("/requestBody/content/application~1json/examples/intake/value");
        String example = value.isTextual() ? value.asText() : value.toString();
        String description = post.path("description").asText();
        for (String field : List.of("saddleNumbness", "urinaryRetention", "bothLegs", "numbnessOrWeaknessWorsening",
                "cannotBearWeight", "cancerHistory", "unexplainedWeightLoss", "immunosuppressed", "pregnant")) {
            assertTrue(example.contains("\"" + field + "\""), field + " in the example: " + example);
            assertTrue(description.contains(field), field + " in the description: " + description);
        }
        JsonNode request = resolve(document, post.at("/requestBody/content/application~1json/schema"));
        JsonNode redFlags = resolve(document, request.at("/properties/redFlags"));
        for (String field : List.of("saddleNumbness", "urinaryRetention", "bothLegs", "numbnessOrWeaknessWorsening",
                "cannotBearWeight", "cancerHistory", "unexplainedWeightLoss", "immunosuppressed")) {
            assertFalse(redFlags.at("/properties/" + field).isMissingNode(), field + " in the redFlags schema: " + redFlags);
        }
        // Not factors.pregnant: the generated Factors schema lists only the record components that carry
        // constraints (heightCm, weightKg), so the example and the description are where pregnant is shown.
    }

    /** A schema, following its $ref into components/schemas. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }

    @Test
    void shouldServeYamlAsApplicationYamlAndTheSameDocumentAsJson() throws Exception {
        Api api = new Api(base);
        Api.Reply yaml = api.get("openapi");
        assertEquals(200, yaml.status(), yaml::toString);
        assertTrue(yaml.contentType().startsWith("application/yaml"), yaml.contentType());
        JsonNode fromYaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(yaml.bytes());
        assertEquals(document(), fromYaml);
        assertEquals("3.0.3", fromYaml.get("openapi").asText());
        assertFalse(fromYaml.has("endpoints"), "no non-standard top-level keys");
    }

    @Test
    void shouldPassRedoclyAndSpectralWithNoErrorsWhenTheServedDocumentIsLinted() throws Exception {
        java.nio.file.Path served = java.nio.file.Path.of("target", "openapi-served.json");
        java.nio.file.Files.createDirectories(served.getParent());
        java.nio.file.Files.writeString(served, document().toPrettyString());
        Process lint = new ProcessBuilder(java.nio.file.Path.of(".ci", "openapi-lint", "lint.sh").toAbsolutePath().toString(),
                served.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "lint finished");
        assertEquals(0, lint.exitValue(), output);
        assertTrue(output.contains("Your API description is valid"), output);
        assertTrue(output.contains("0 errors") || output.contains("No results with a severity of 'error'"), output);
    }

    @Test
    void shouldServeTheApiTitle() {
        assertFalse(document().at("/info/title").asText().isBlank());
    }
}
