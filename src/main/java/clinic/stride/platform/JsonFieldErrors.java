package clinic.stride.platform;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Every bad field of a JSON body, not only the first one Jackson stops at. Jackson reports one mapping error
 * and gives up; this reads the body again without the field it named, as often as needed (at most
 * {@link #MAX_ERRORS} times), so two unknown fields, a wrong type and an unknown code all come back in one
 * answer. Once the rest reads, Bean Validation runs on it as well, so "pain must be between 0 and 10" is in the
 * same answer too. A field left out because its value was wrong is not reported a second time as missing.
 */
public final class JsonFieldErrors {

    /** Enough for any form a person fills in; a body with thousands of unknown keys gets the first 50. */
    static final int MAX_ERRORS = 50;

    private JsonFieldErrors() {
    }

    /**
     * The errors of a body that Jackson refused to map.
     *
     * @param tree      the body, parsed (so it is valid JSON)
     * @param type      what the body should map to
     * @param validator Bean Validation for what does map, or null to skip it
     */
    public static List<Problem.FieldError> of(ObjectMapper mapper, JsonNode tree, JavaType type, Validator validator) {
        JsonNode body = tree.deepCopy();
        Map<ArrayNode, List<Integer>> originalIndex = new IdentityHashMap<>();
        Set<Problem.FieldError> errors = new LinkedHashSet<>();
        Object mapped = null;
        boolean complete = false;
        while (errors.size() < MAX_ERRORS) {
            try {
                mapped = mapper.readerFor(type).readValue(body);
                complete = true;
                break;
            } catch (JsonMappingException e) {
                Located located = locate(body, e.getPath(), originalIndex);
                errors.add(new Problem.FieldError(located == null ? "(body)" : located.field(),
                        ProblemMappers.UnreadableJson.messageFor(e)));
                if (located == null || !located.remove(originalIndex)) {
                    break;
                }
            } catch (java.io.IOException e) {
                errors.add(new Problem.FieldError("(body)", "the body is not valid JSON"));
                break;
            }
        }
        List<Problem.FieldError> all = new ArrayList<>(errors);
        if (complete && mapped != null && validator != null) {
            List<String> wrong = all.stream().map(Problem.FieldError::field).toList();
            validator.validate(mapped).stream()
                    .map(v -> new Problem.FieldError(ProblemMappers.InvalidFields.fieldOf(v), v.getMessage()))
                    .filter(error -> wrong.stream().noneMatch(field -> related(field, error.field())))
                    .distinct()
                    .forEach(all::add);
        }
        all.sort(Comparator.comparing(Problem.FieldError::field));
        return List.copyOf(all);
    }

    /** A violation about a field already reported, about what was inside it, or about the list it was in. */
    private static boolean related(String reported, String violation) {
        return reported.equals(violation)
                || violation.startsWith(reported + ".") || violation.startsWith(reported + "[")
                || reported.startsWith(violation + "[");
    }

    /** The node Jackson named, found in the body; null when the error is about the body as a whole. */
    private static Located locate(JsonNode body, List<JsonMappingException.Reference> path,
                                  Map<ArrayNode, List<Integer>> originalIndex) {
        if (path.isEmpty()) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        JsonNode parent = null;
        JsonNode node = body;
        String name = null;
        int index = -1;
        for (JsonMappingException.Reference ref : path) {
            if (node == null) {
                return null;
            }
            parent = node;
            if (ref.getFieldName() != null) {
                name = ref.getFieldName();
                index = -1;
                if (!field.isEmpty()) {
                    field.append('.');
                }
                // A key of only spaces (or none) would give an error no form can show beside anything.
                field.append(name.isBlank() ? '"' + name + '"' : name);
                node = node.get(name);
            } else if (ref.getIndex() >= 0 && node instanceof ArrayNode array) {
                name = null;
                index = ref.getIndex();
                field.append('[').append(indices(array, originalIndex).get(index)).append(']');
                node = array.get(index);
            } else {
                return null;
            }
        }
        return new Located(field.toString(), parent, name, index);
    }

    private static List<Integer> indices(ArrayNode array, Map<ArrayNode, List<Integer>> originalIndex) {
        return originalIndex.computeIfAbsent(array,
                a -> new ArrayList<>(IntStream.range(0, a.size()).boxed().toList()));
    }

    private record Located(String field, JsonNode parent, String name, int index) {

        /** Takes the named node out of the body; false when there was nothing to take out (no progress). */
        boolean remove(Map<ArrayNode, List<Integer>> originalIndex) {
            if (name != null && parent instanceof ObjectNode object && object.has(name)) {
                object.remove(name);
                return true;
            }
            if (name == null && parent instanceof ArrayNode array && index >= 0 && index < array.size()) {
                array.remove(index);
                indices(array, originalIndex).remove(index);
                return true;
            }
            return false;
        }
    }
}
