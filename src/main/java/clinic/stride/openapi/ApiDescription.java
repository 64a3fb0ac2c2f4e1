package clinic.stride.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The OpenAPI 3.0 description of the REST API, built by reflection from what the code declares: paths and
 * media types from the JAX-RS annotations, who may call from {@code @RolesAllowed}/{@code @PermitAll},
 * summaries, status codes and examples from the MicroProfile OpenAPI annotations, and every body's schema from
 * the Java type it is read into or written from ({@link JsonSchemas}). Nothing is written down twice, so a new
 * field, endpoint or answer code is described as soon as it exists.
 *
 * <p>OpenAPI 3.0.3 rather than 3.1: the request validator the tests use (Atlassian's) checks 3.0 documents.
 */
public final class ApiDescription {

    public static final String VERSION = "3.0.3";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    /**
     * Parameters the resources take as text and check themselves (so they can answer with a field error):
     * their type in the document. A {@code @Parameter(schema = ...)} on the parameter wins over this.
     */
    private static final Map<String, ObjectNode> PARAMETER_FORMATS = Map.of(
            "id", NODES.objectNode().put("type", "string").put("format", "uuid"),
            "from", NODES.objectNode().put("type", "string").put("format", "date"),
            "to", NODES.objectNode().put("type", "string").put("format", "date"),
            "date", NODES.objectNode().put("type", "string").put("format", "date"),
            "limit", NODES.objectNode().put("type", "integer").put("minimum", 1).put("maximum", 200),
            "Idempotency-Key", NODES.objectNode().put("type", "string").put("minLength", 1).put("maxLength", 200));

    private static final List<String> FORMATS = List.of("json", "application/fhir+json", "application/json");

    private final JsonSchemas schemas = new JsonSchemas();
    private final Map<String, ObjectNode> problemSchemas = new LinkedHashMap<>();
    private final ApiResponses responses = new ApiResponses(schemas, problemSchemas);

    private ApiDescription() {
    }

    /** The document of one JAX-RS application. */
    public static ObjectNode of(Application application) {
        return new ApiDescription().describe(application);
    }

    private ObjectNode describe(Application application) {
        ObjectNode document = NODES.objectNode();
        document.put("openapi", VERSION);
        OpenAPIDefinition definition = application.getClass().getAnnotation(OpenAPIDefinition.class);
        ObjectNode info = document.putObject("info");
        info.put("title", definition.info().title()).put("version", definition.info().version())
                .put("description", definition.info().description());
        if (!definition.info().license().name().isEmpty()) {
            info.putObject("license").put("name", definition.info().license().name())
                    .put("url", definition.info().license().url());
        }
        if (!definition.info().contact().name().isEmpty()) {
            info.putObject("contact").put("name", definition.info().contact().name())
                    .put("url", definition.info().contact().url());
        }
        document.putArray("servers").addObject().put("url", "/").put("description", "The Stride instance serving this document");
        String root = "/" + application.getClass().getAnnotation(ApplicationPath.class).value().replaceAll("^/+|/+$", "");

        Map<String, ObjectNode> paths = new TreeMap<>();
        Set<String> operationIds = new HashSet<>();
        List<Class<?>> resources = application.getClasses().stream().filter(c -> c.isAnnotationPresent(Path.class))
                .sorted(Comparator.comparing(Class::getName)).toList();
        for (Class<?> resource : resources) {
            Method[] methods = resource.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method method : methods) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                String path = join(root, resource.getAnnotation(Path.class).value(),
                        method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
                ObjectNode operation = operation(resource, method, path);
                String operationId = operation.get("operationId").asText();
                if (!operationIds.add(operationId)) {
                    throw new IllegalStateException("Two operations named " + operationId + ": give one an @Operation(operationId)");
                }
                paths.computeIfAbsent(path, p -> NODES.objectNode()).set(http.toLowerCase(Locale.ROOT), operation);
            }
        }
        ArrayNode tags = document.putArray("tags");
        paths.values().stream().flatMap(p -> p.properties().stream()).map(o -> o.getValue().path("tags").path(0).asText())
                .distinct().sorted().forEach(tag -> tags.addObject().put("name", tag)
                        .put("description", "Endpoints of the " + tag + " feature (package clinic.stride." + tag + ")"));
        ObjectNode pathsNode = document.putObject("paths");
        paths.forEach(pathsNode::set);

        ObjectNode components = document.putObject("components");
        ObjectNode schemaNodes = components.putObject("schemas");
        problemSchemas.forEach(schemaNodes::set);
        schemas.components().forEach(schemaNodes::set);
        components.putObject("securitySchemes").putObject("basic")
                .put("type", "http").put("scheme", "basic")
                .put("description", "A Stride user name and password (front desk, clinician or admin). The API never "
                        + "reads the pages' session cookie, so a signed-in browser tab cannot call it cross-site.");
        return document;
    }

    private ObjectNode operation(Class<?> resource, Method method, String path) {
        ObjectNode operation = NODES.objectNode();
        Operation described = method.getAnnotation(Operation.class);
        String feature = resource.getPackageName().substring(resource.getPackageName().lastIndexOf('.') + 1);
        operation.putArray("tags").add(feature);
        if (described != null) {
            operation.put("summary", described.summary());
            if (!described.description().isEmpty()) {
                operation.put("description", described.description());
            }
        }
        operation.put("operationId", described != null && !described.operationId().isEmpty()
                ? described.operationId() : defaultOperationId(resource, method));

        boolean fhir = path.contains("/fhir/");
        List<String> consumes = mediaTypes(method.getAnnotation(Consumes.class), resource.getAnnotation(Consumes.class));
        List<String> produces = mediaTypes(method.getAnnotation(Produces.class), resource.getAnnotation(Produces.class));
        if (produces.isEmpty()) {
            produces = List.of(MediaType.APPLICATION_JSON);
        }
        ArrayNode parameters = NODES.arrayNode();
        Type body = null;
        for (Parameter parameter : method.getParameters()) {
            ObjectNode described2 = parameter(parameter);
            if (described2 != null) {
                parameters.add(described2);
            } else if (!parameter.isAnnotationPresent(Context.class)) {
                body = parameter.getParameterizedType();
            }
        }
        // Query parameters a method reads from UriInfo (FHIR search) are declared with @Parameter on the method.
        for (var declared : method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class)) {
            ObjectNode node = parameters.addObject().put("name", declared.name())
                    .put("in", declared.in().name().toLowerCase(Locale.ROOT));
            if (!declared.description().isEmpty()) {
                node.put("description", declared.description());
            }
            node.put("required", declared.required());
            ObjectNode schema = node.putObject("schema").put("type", "string");
            if (!declared.schema().format().isEmpty()) {
                schema.put("format", declared.schema().format());
            }
            if (declared.explode() == org.eclipse.microprofile.openapi.annotations.enums.Explode.TRUE) {
                node.put("explode", true);
            }
        }
        if (fhir && "GET".equals(httpMethod(method))) {
            // FhirExchange honours _format for JSON and answers anything else 406 (documented by the default response).
            ObjectNode format = parameters.addObject().put("name", "_format").put("in", "query")
                    .put("description", "json (or application/fhir+json, application/json); other formats are refused with 406")
                    .put("required", false);
            ArrayNode values = format.putObject("schema").put("type", "string").putArray("enum");
            FORMATS.forEach(values::add);
        }
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        if (body != null) {
            operation.set("requestBody", requestBody(method, body, consumes.isEmpty() ? List.of(MediaType.APPLICATION_JSON) : consumes));
        }
        operation.set("responses", responses.of(method, produces, fhir, body != null, !parameters.isEmpty()));
        boolean open = method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class) && !resource.isAnnotationPresent(RolesAllowed.class));
        ArrayNode security = operation.putArray("security");
        if (!open) {
            security.addObject().putArray("basic");
            RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                    ? method.getAnnotation(RolesAllowed.class) : resource.getAnnotation(RolesAllowed.class);
            operation.put("x-roles-allowed", String.join(", ", roles.value()));
        }
        return operation;
    }

    /** {@code intakeSubmit} for IntakeResource.submit; {@code summaryGet} for ReportResources.Summary.get. */
    private static String defaultOperationId(Class<?> resource, Method method) {
        String owner = resource.getSimpleName().replace("Resource", "");
        String first = Character.toLowerCase(owner.charAt(0)) + owner.substring(1);
        return first + Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
    }

    private ObjectNode parameter(Parameter parameter) {
        String in;
        String name;
        if (parameter.isAnnotationPresent(PathParam.class)) {
            in = "path";
            name = parameter.getAnnotation(PathParam.class).value();
        } else if (parameter.isAnnotationPresent(QueryParam.class)) {
            in = "query";
            name = parameter.getAnnotation(QueryParam.class).value();
        } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
            in = "header";
            name = parameter.getAnnotation(HeaderParam.class).value();
        } else {
            return null;
        }
        ObjectNode node = NODES.objectNode().put("name", name).put("in", in);
        var annotation = parameter.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
        if (annotation != null && !annotation.description().isEmpty()) {
            node.put("description", annotation.description());
        }
        node.put("required", in.equals("path") || (annotation != null && annotation.required()));
        ObjectNode schema = annotation != null && !annotation.schema().format().isEmpty()
                ? NODES.objectNode().put("type", "string").put("format", annotation.schema().format())
                : PARAMETER_FORMATS.containsKey(name) ? PARAMETER_FORMATS.get(name).deepCopy() : schemas.of(parameter.getParameterizedType());
        if (annotation != null && annotation.schema().enumeration().length > 0) {
            ArrayNode values = schema.putArray("enum");
            Arrays.stream(annotation.schema().enumeration()).forEach(values::add);
        }
        node.set("schema", schema);
        return node;
    }

    private ObjectNode requestBody(Method method, Type body, List<String> consumes) {
        ObjectNode requestBody = NODES.objectNode().put("required", true);
        RequestBody annotation = method.getAnnotation(RequestBody.class);
        if (annotation != null && !annotation.description().isEmpty()) {
            requestBody.put("description", annotation.description());
        }
        ObjectNode content = requestBody.putObject("content");
        for (String mediaType : consumes) {
            ObjectNode media = content.putObject(mediaType);
            Content declared = annotation == null ? null : Arrays.stream(annotation.content())
                    .filter(c -> c.mediaType().equals(mediaType) || c.mediaType().isEmpty()).findFirst()
                    .orElse(annotation.content().length > 0 ? annotation.content()[0] : null);
            media.set("schema", bodySchema(body, declared));
            if (declared != null) {
                ApiResponses.examples(media, declared, mediaType);
            }
        }
        return requestBody;
    }

    /** A declared {@code @Schema(implementation)} wins; raw bytes (FHIR, read by HAPI) need one. */
    private ObjectNode bodySchema(Type type, Content declared) {
        if (declared != null && declared.schema().implementation() != Void.class) {
            return schemas.of(declared.schema().implementation());
        }
        if (declared != null && !declared.schema().ref().isEmpty()) {
            return responses.fhirRef(declared.schema().ref());
        }
        return schemas.of(type);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null && HTTP_METHODS.contains(http.value())) {
                return http.value();
            }
        }
        return null;
    }

    private static List<String> mediaTypes(Annotation onMethod, Annotation onClass) {
        Annotation chosen = onMethod != null ? onMethod : onClass;
        if (chosen instanceof Consumes consumes) {
            return List.of(consumes.value());
        }
        if (chosen instanceof Produces produces) {
            return new ArrayList<>(List.of(produces.value()));
        }
        return List.of();
    }

    /** {@code {id: [0-9]+}} is {@code {id}} in OpenAPI. */
    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }
}
