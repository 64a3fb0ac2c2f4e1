package clinic.stride.testsupport;

import clinic.stride.platform.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A complete, realistic intake body (src/test/resources/intakes/complete.json) for a new clinic id each
 * time, which a test can change in place before sending.
 */
public final class SampleIntakes {

    private SampleIntakes() {
    }

    public static String uniqueClinicId() {
        return "T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    /**
     * {@code count} random lowercase letters (at most 32), for a name no other test uses: each hex digit of a random
     * UUID stands for one of the letters a to p. Keeping only the UUID's letters a to f, as tests did, sometimes left
     * fewer letters than a test cut (ClinicDayIT failed so in CI).
     */
    public static String uniqueLetters(int count) {
        String digits = UUID.randomUUID().toString().replace("-", "");
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + Character.digit(digits.charAt(i), 16)));
        }
        return letters.toString();
    }

    public static ObjectNode complete(String clinicId) {
        try (InputStream in = SampleIntakes.class.getResourceAsStream("/intakes/complete.json")) {
            ObjectNode body = (ObjectNode) Json.mapper().readTree(in);
            ((ObjectNode) body.get("patient")).put("clinicId", clinicId);
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode complete(String clinicId, Consumer<ObjectNode> change) {
        ObjectNode body = complete(clinicId);
        change.accept(body);
        return body;
    }

    /** The object at a dotted path such as {@code factors.legLength}. */
    public static ObjectNode at(ObjectNode body, String dottedPath) {
        JsonNode node = body;
        for (String part : dottedPath.split("\\.")) {
            node = node.get(part);
        }
        return (ObjectNode) node;
    }

    public static ArrayNode array(String... values) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    public static String json(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
