package clinic.stride.openapi;

import clinic.stride.intake.AnswerCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON Schemas (OpenAPI 3.0 dialect) of the records the API reads and writes, derived the way {@code Json}
 * maps them: a record is an object of its components (nothing else is accepted: unknown fields are refused),
 * an enum is its lower-case codes, dates are {@code format: date}, instants {@code date-time}, ids {@code uuid}.
 * Bean Validation on a component gives {@code required} and the ranges. Records and enums become named
 * components, so a field added to a request record is in the document without anyone writing it down.
 */
final class JsonSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    Map<String, ObjectNode> components() {
        return components;
    }

    /** The schema of a value of this type, a {@code $ref} for records and enums. */
    ObjectNode of(Type type) {
        return of(type, null);
    }

    private ObjectNode of(Type type, AnnotatedElement constraints) {
        ObjectNode schema = NODES.objectNode();
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            schema.put("type", "string");
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class) {
            schema.put("type", "integer");
            schema.put("format", raw == Long.class || raw == long.class ? "int64" : "int32");
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class
                || raw == BigDecimal.class) {
            schema.put("type", "number");
        } else if (raw == Boolean.class || raw == boolean.class) {
            schema.put("type", "boolean");
        } else if (raw == LocalDate.class) {
            schema.put("type", "string").put("format", "date");
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            schema.put("type", "string").put("format", "date-time");
        } else if (raw == UUID.class) {
            schema.put("type", "string").put("format", "uuid");
        } else if (raw == URI.class) {
            schema.put("type", "string").put("format", "uri");
        } else if (raw == byte[].class) {
            schema.put("type", "string").put("format", "binary");
        } else if (Collection.class.isAssignableFrom(raw)) {
            schema.put("type", "array");
            schema.set("items", of(typeArgument(type, 0)));
            if (Set.class.isAssignableFrom(raw)) {
                schema.put("uniqueItems", true);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            schema.put("type", "object");
            schema.set("additionalProperties", of(typeArgument(type, 1)));
        } else if (raw.isEnum() && constraints != null && constraints.isAnnotationPresent(AnswerCodes.class)) {
            // Some of the enum's codes only (the longer leg is left or right): the codes themselves, not the list's $ref.
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            Arrays.stream(constraints.getAnnotation(AnswerCodes.class).value()).forEach(values::add);
        } else if (raw.isEnum() || raw.isRecord()) {
            schema.put("$ref", "#/components/schemas/" + named(raw));
        } else if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
            return schema;
        } else {
            throw new IllegalArgumentException("No JSON schema for " + raw.getName()
                    + ": describe it in JsonSchemas or use a record");
        }
        if (constraints != null) {
            constrain(schema, constraints);
        }
        return schema;
    }

    private String named(Class<?> type) {
        String known = names.get(type);
        if (known != null) {
            return known;
        }
        String name = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + type.getSimpleName();
        if (components.containsKey(name)) {
            String feature = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
            name = Character.toUpperCase(feature.charAt(0)) + feature.substring(1) + name;
        }
        names.put(type, name);
        ObjectNode schema = NODES.objectNode();
        components.put(name, schema); // placeholder first: records may refer to themselves
        if (type.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            Arrays.stream(type.getEnumConstants()).map(Object::toString).forEach(values::add);
        } else {
            describeRecord(type, schema);
        }
        return name;
    }

    private void describeRecord(Class<?> type, ObjectNode schema) {
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent component : type.getRecordComponents()) {
            AnnotatedElement annotations = fieldOf(type, component);
            ObjectNode property = of(component.getGenericType(), annotations);
            if (annotations.isAnnotationPresent(clinic.stride.platform.NullableItems.class) && property.get("items") instanceof ObjectNode items) {
                items.put("nullable", true);
            }
            properties.set(component.getName(), property);
            if (component.getType().isPrimitive() || annotations.isAnnotationPresent(NotNull.class)
                    || annotations.isAnnotationPresent(NotEmpty.class) || annotations.isAnnotationPresent(NotBlank.class)) {
                required.add(component.getName());
            } else if (!property.has("$ref")) {
                // An optional answer may be sent as null (clients echo back what the API showed them): Json reads it as absent.
                property.put("nullable", true);
            }
        }
        for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
            // A value the record writes but never reads (LefsAnswers.instrumentVersion): shown, read-only.
            com.fasterxml.jackson.annotation.JsonProperty written = method.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (written != null && method.getParameterCount() == 0 && !properties.has(written.value())) {
                properties.set(written.value(), of(method.getGenericReturnType(), method).put("readOnly", true));
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        // Json refuses unknown fields, so the document does too.
        schema.put("additionalProperties", false);
    }

    /** Bean Validation annotations of a record component sit on its private field. */
    private static AnnotatedElement fieldOf(Class<?> type, RecordComponent component) {
        try {
            Field field = type.getDeclaredField(component.getName());
            return field;
        } catch (NoSuchFieldException e) {
            return component;
        }
    }

    /** Ranges and lengths; a $ref cannot carry siblings in OpenAPI 3.0, so it gets none. */
    private static void constrain(ObjectNode schema, AnnotatedElement element) {
        if (schema.has("$ref")) {
            return;
        }
        String type = schema.path("type").asText();
        Min min = element.getAnnotation(Min.class);
        if (min != null) {
            schema.put("minimum", min.value());
        }
        Max max = element.getAnnotation(Max.class);
        if (max != null) {
            schema.put("maximum", max.value());
        }
        DecimalMin decimalMin = element.getAnnotation(DecimalMin.class);
        if (decimalMin != null) {
            schema.set("minimum", number(decimalMin.value()));
            if (!decimalMin.inclusive()) {
                schema.put("exclusiveMinimum", true);
            }
        }
        DecimalMax decimalMax = element.getAnnotation(DecimalMax.class);
        if (decimalMax != null) {
            schema.set("maximum", number(decimalMax.value()));
            if (!decimalMax.inclusive()) {
                schema.put("exclusiveMaximum", true);
            }
        }
        Size size = element.getAnnotation(Size.class);
        boolean notEmpty = element.isAnnotationPresent(NotEmpty.class) || element.isAnnotationPresent(NotBlank.class);
        if (type.equals("string")) {
            if (size != null && size.min() > 0) {
                schema.put("minLength", size.min());
            } else if (notEmpty) {
                schema.put("minLength", 1);
            }
            if (size != null && size.max() < Integer.MAX_VALUE) {
                schema.put("maxLength", size.max());
            }
            if (element.isAnnotationPresent(Email.class)) {
                schema.put("format", "email");
            }
            Pattern pattern = element.getAnnotation(Pattern.class);
            // Java matches the whole text, JSON Schema searches: anchor it. Patterns with Java-only syntax
            // (Unicode classes, inline flags) stay out of the document; the API still checks them.
            if (pattern != null && !pattern.regexp().contains("\\p") && !pattern.regexp().contains("(?")) {
                schema.put("pattern", "^(?:" + pattern.regexp() + ")$");
            }
        } else if (type.equals("array")) {
            if (size != null && size.min() > 0) {
                schema.put("minItems", size.min());
            } else if (notEmpty) {
                schema.put("minItems", 1);
            }
            if (size != null && size.max() < Integer.MAX_VALUE) {
                schema.put("maxItems", size.max());
            }
        }
    }

    /** "90" as 90, "0.5" as 0.5: the same number whether the document is read as JSON or YAML. */
    private static JsonNode number(String value) {
        BigDecimal number = new BigDecimal(value);
        return number.stripTrailingZeros().scale() <= 0 ? NODES.numberNode(number.longValueExact()) : NODES.numberNode(number.doubleValue());
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
