package clinic.stride.platform;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, with one entry per bad field so a form can show each message beside its
 * field.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad field: a dotted JSON path ({@code pain.intensity}) and a message in plain words. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    /** 404 in the same words as {@link #of}: {@code about:blank}, "Not Found". */
    public static Problem notFound(String detail) {
        return new Problem("about:blank", "Not Found", 404, detail, null);
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem("https://stride.clinic/problems/invalid-request", "The request has invalid fields",
                400, errors.size() == 1 ? "1 field needs attention" : errors.size() + " fields need attention",
                List.copyOf(errors));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
