package clinic.stride.openapi;

import clinic.stride.platform.Json;
import clinic.stride.platform.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The responses part of {@link ApiDescription}: what each operation declares with {@code @APIResponse}, plus the
 * errors any operation of its kind answers (401/403 when roles are needed, 400 and 413 with a body, 503, default),
 * as problem+json, or as an OperationOutcome on /api/fhir.
 */
final class ApiResponses {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonSchemas schemas;
    /** Schemas named here rather than derived from records (Problem's additions, FHIR resources). */
    private final Map<String, ObjectNode> problemSchemas;

    ApiResponses(JsonSchemas schemas, Map<String, ObjectNode> problemSchemas) {
        this.schemas = schemas;
        this.problemSchemas = problemSchemas;
    }

    static void examples(ObjectNode media, Content declared, String mediaType) {
        if (!declared.example().isEmpty()) {
            media.set("example", isJson(mediaType) ? parse(declared.example()) : NODES.textNode(declared.example()));
        }
        if (declared.examples().length > 0) {
            ObjectNode examples = media.putObject("examples");
            for (ExampleObject example : declared.examples()) {
                ObjectNode node = examples.putObject(example.name());
                if (!example.summary().isEmpty()) {
                    node.put("summary", example.summary());
                }
                node.set("value", isJson(mediaType) ? parse(example.value()) : NODES.textNode(example.value()));
            }
        }
    }

    /** Examples are written as JSON text in the annotations (annotations take only constants) and served as objects. */
    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An example in the API annotations is not JSON: " + json, e);
        }
    }

    /** The responses of one operation: those it declares, and the errors every operation of its kind can answer. */
    ObjectNode of(Method method, List<String> produces, boolean fhir, boolean hasBody, boolean hasParameters) {
        Map<String, ObjectNode> responses = new TreeMap<>();
        for (APIResponse declared : method.getAnnotationsByType(APIResponse.class)) {
            String code = declared.responseCode();
            ObjectNode response = NODES.objectNode().put("description", declared.description());
            int status = Integer.parseInt(code);
            if (status >= 400) {
                response.set("content", errorContent(fhir, declared));
            } else if (status != 204) {
                ObjectNode content = successContent(method, produces, declared);
                if (content != null) {
                    response.set("content", content);
                }
            }
            if (status == 201) {
                response.putObject("headers").putObject("Location").put("description", "Where the created resource is read")
                        .putObject("schema").put("type", "string").put("format", "uri-reference");
            }
            responses.put(code, response);
        }
        boolean open = method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class) && !method.getDeclaringClass().isAnnotationPresent(RolesAllowed.class));
        if (!open) {
            ObjectNode challenge = NODES.objectNode();
            challenge.putObject("WWW-Authenticate").put("description", "Basic realm=\"Stride\"")
                    .putObject("schema").put("type", "string");
            responses.putIfAbsent("401", standardError(fhir, "Not signed in: send HTTP Basic credentials", challenge));
            responses.putIfAbsent("403", standardError(fhir, "Signed in, but the user's roles do not allow this", null));
        }
        if (hasBody || hasParameters) {
            responses.putIfAbsent("400", standardError(fhir, "Invalid fields, one error per field", null));
        }
        if (hasBody) {
            responses.putIfAbsent("413", standardError(fhir, "Body over 256 KiB", null));
        }
        responses.putIfAbsent("503", standardError(fhir, "The database is unreachable; retry after Retry-After seconds", null));
        responses.put("default", standardError(fhir, "Any other error, in the same form", null));
        ObjectNode node = NODES.objectNode();
        responses.forEach(node::set);
        return node;
    }

    private ObjectNode successContent(Method method, List<String> produces, APIResponse declared) {
        Content[] contents = declared.content();
        Type type = method.getGenericReturnType();
        boolean raw = type == Response.class || type == void.class;
        ObjectNode content = NODES.objectNode();
        if (contents.length > 0) {
            for (Content c : contents) {
                List<String> mediaTypes = c.mediaType().isEmpty() ? produces : List.of(c.mediaType());
                for (String mediaType : mediaTypes) {
                    ObjectNode media = content.putObject(mediaType);
                    if (c.schema().implementation() != Void.class) {
                        media.set("schema", schemas.of(c.schema().implementation()));
                    } else if (!c.schema().ref().isEmpty()) {
                        media.set("schema", fhirRef(c.schema().ref()));
                    } else if (!raw && isJson(mediaType)) {
                        media.set("schema", schemas.of(type));
                    } else {
                        media.set("schema", textOrBinary(mediaType));
                    }
                    examples(media, c, mediaType);
                }
            }
            return content;
        }
        if (raw) {
            return null;
        }
        for (String mediaType : produces) {
            content.putObject(mediaType).set("schema", isJson(mediaType) ? schemas.of(type) : textOrBinary(mediaType));
        }
        return content;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals(MediaType.APPLICATION_JSON) || mediaType.endsWith("+json");
    }

    private static ObjectNode textOrBinary(String mediaType) {
        ObjectNode schema = NODES.objectNode().put("type", "string");
        if (!mediaType.startsWith("text/")) {
            schema.put("format", "binary");
        }
        return schema;
    }

    private ObjectNode errorContent(boolean fhir, APIResponse declared) {
        ObjectNode content = NODES.objectNode();
        if (fhir) {
            content.putObject("application/fhir+json").putObject("schema").put("$ref", "#/components/schemas/" + operationOutcome());
            return content;
        }
        ObjectNode media = content.putObject(Problem.MEDIA_TYPE);
        media.putObject("schema").put("$ref", "#/components/schemas/" + problem());
        for (Content c : declared.content()) {
            if (c.mediaType().equals(Problem.MEDIA_TYPE)) {
                examples(media, c, Problem.MEDIA_TYPE);
            }
        }
        return content;
    }

    private ObjectNode standardError(boolean fhir, String description, ObjectNode headers) {
        ObjectNode response = NODES.objectNode().put("description", description);
        if (headers != null) {
            response.set("headers", headers);
        }
        ObjectNode content = response.putObject("content");
        if (fhir) {
            content.putObject("application/fhir+json").putObject("schema").put("$ref", "#/components/schemas/" + operationOutcome());
        } else {
            content.putObject(Problem.MEDIA_TYPE).putObject("schema").put("$ref", "#/components/schemas/" + problem());
        }
        return response;
    }

    /** RFC 9457, with Stride's per-field errors; the record is the truth, this adds what RFC 9457 says of it. */
    private String problem() {
        String name = schemas.of(Problem.class).get("$ref").asText().replace("#/components/schemas/", "");
        ObjectNode schema = schemas.components().get(name);
        schema.put("description", "RFC 9457 problem details; errors lists every bad field (a dotted JSON path, "
                + "or (body) for the body as a whole)");
        schema.put("additionalProperties", true);
        return name;
    }

    /** FHIR resources are HAPI's, not records: described by their resource type, validated by FHIR profiles. */
    private String operationOutcome() {
        problemSchemas.computeIfAbsent("OperationOutcome", n -> fhirResource("OperationOutcome",
                "A FHIR R4 OperationOutcome: every error on /api/fhir, with an issue per problem"));
        return "OperationOutcome";
    }

    /** {@code @Schema(ref = "QuestionnaireResponse")}: a FHIR resource by its type name. */
    ObjectNode fhirRef(String ref) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        problemSchemas.computeIfAbsent(name, n -> fhirResource(n, "A FHIR R4 " + n));
        return NODES.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    static ObjectNode fhirResource(String resourceType, String description) {
        ObjectNode schema = NODES.objectNode().put("type", "object").put("description", description
                + " (http://hl7.org/fhir/R4/" + resourceType.toLowerCase(Locale.ROOT) + ".html)");
        ObjectNode type = schema.putObject("properties").putObject("resourceType").put("type", "string");
        if (!resourceType.equals("Resource")) {
            type.putArray("enum").add(resourceType);
        }
        schema.putArray("required").add("resourceType");
        schema.put("additionalProperties", true);
        return schema;
    }
}
