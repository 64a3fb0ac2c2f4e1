package clinic.stride.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.annotation.Priority;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Jackson for every JSON body, configured by {@link Json}. Payara's Jersey also auto-registers its own
 * Jackson feature; the priority makes this provider win, and the context resolver makes sure that even
 * Jersey's provider would use the same mapper. A body Jackson cannot map is answered with every bad field
 * at once ({@link JsonFieldErrors}), not only the first.
 */
@Provider
@Priority(Priorities.USER - 100)
@Consumes({MediaType.APPLICATION_JSON, "application/fhir+json"})
// Listed one by one: Jersey does not match "application/*+json" against "application/problem+json".
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE, "application/fhir+json"})
public class JsonProvider extends JacksonJsonProvider implements ContextResolver<ObjectMapper> {

    private static final Logger LOG = Logger.getLogger(JsonProvider.class.getName());

    public JsonProvider() {
        super(Json.mapper());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return Json.mapper();
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entityStream) throws IOException {
        // BodyLimit caps the body at 256 KiB before it gets here, so holding it for a second reading is cheap.
        byte[] body = entityStream.readAllBytes();
        try {
            return super.readFrom(type, genericType, annotations, mediaType, headers, new ByteArrayInputStream(body));
        } catch (JsonMappingException e) {
            JsonNode tree;
            try {
                tree = Json.mapper().readTree(body);
            } catch (JsonParseException | StreamConstraintsException notJson) {
                throw notJson;
            }
            if (tree == null || tree.isMissingNode()) {
                throw e;
            }
            var javaType = Json.mapper().getTypeFactory().constructType(genericType == null ? type : genericType);
            var errors = JsonFieldErrors.of(Json.mapper(), tree, javaType, Validators.VALIDATOR);
            if (errors.isEmpty()) {
                throw e;
            }
            throw new DomainProblem(Problem.invalid(errors));
        }
    }

    /** Bean Validation for bodies that map only in part; null (mapping errors only) if none can be built. */
    private static final class Validators {
        static final Validator VALIDATOR = build();

        private static Validator build() {
            try {
                ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
                return factory.getValidator();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "No Bean Validation provider for partly mapped bodies: " + e.getClass().getName());
                return null;
            }
        }
    }
}
