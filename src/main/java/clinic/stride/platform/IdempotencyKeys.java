package clinic.stride.platform;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/**
 * The Idempotency-Key request header: what a usable key is, and that a bad one is named in the same 400 as the
 * body's bad fields (RFC 9457, every bad field at once). The submission refuses a bad key with the answers'
 * refusals; a body refused before that (fields that fail validation, JSON that does not parse or map) never gets
 * there, so {@link InSameAnswer} adds the key's refusal to that 400, for every resource method that takes the header.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    /** Room for a UUID or a client's own request id, and a bound on what is stored. */
    public static final int MAX_LENGTH = 200;

    private IdempotencyKeys() {
    }

    /** The request property by which a resource refuses a well-formed key for the body it was sent with. */
    static final String REFUSED = IdempotencyKeys.class.getName() + ".refused";

    /**
     * Refuses the request's key for what its body turned out to be (a FHIR follow-up, where keys are not taken): the
     * refusal to throw when the body is good, and the one {@link InSameAnswer} adds to the 400 of a bad body, so
     * the key is named with the body's bad fields either way.
     */
    public static Problem.FieldError refuse(ContainerRequestContext request, String message) {
        Problem.FieldError refusal = new Problem.FieldError(HEADER, message);
        request.setProperty(REFUSED, refusal);
        return refusal;
    }

    /** What is wrong with a key as sent: nothing when absent (the request is then never replayed) or 1 to 200 characters. */
    public static List<Problem.FieldError> problems(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_LENGTH)) {
            return List.of(new Problem.FieldError(HEADER, "must be 1 to " + MAX_LENGTH + " characters"));
        }
        return List.of();
    }

    /** Binds {@link InSameAnswer} to the resource methods with an Idempotency-Key header parameter. */
    @Provider
    public static class Binding implements DynamicFeature {
        @Override
        public void configure(ResourceInfo resource, FeatureContext context) {
            for (Annotation[] parameter : resource.getResourceMethod().getParameterAnnotations()) {
                for (Annotation annotation : parameter) {
                    if (annotation instanceof HeaderParam header && HEADER.equalsIgnoreCase(header.value())) {
                        context.register(InSameAnswer.class);
                        return;
                    }
                }
            }
        }
    }

    /** Adds a bad or refused key to a 400 of invalid fields that does not name it yet. */
    public static class InSameAnswer implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() != 400 || !(response.getEntity() instanceof Problem problem)
                    || problem.errors() == null) {
                return;
            }
            List<Problem.FieldError> key = problems(request.getHeaderString(HEADER));
            if (key.isEmpty() && request.getProperty(REFUSED) instanceof Problem.FieldError refused) {
                key = List.of(refused);
            }
            if (key.isEmpty() || problem.errors().stream().anyMatch(e -> HEADER.equals(e.field()))) {
                return;
            }
            List<Problem.FieldError> errors = new ArrayList<>(key);
            errors.addAll(problem.errors());
            response.setEntity(Problem.invalid(errors), null, response.getMediaType());
        }
    }
}
