package clinic.stride.fhir;

import clinic.stride.platform.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * What every exchange on /api/fhir needs, whichever resource answers: {@code _format} honoured when it asks
 * for JSON and refused (406) when it asks for anything else, since Stride writes FHIR as JSON only; every error
 * an OperationOutcome rather than problem+json, including those raised before a resource method runs (404 of an
 * unknown path, 401/403 of access control, 405, 406, 415).
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class FhirExchange implements ContainerRequestFilter, ContainerResponseFilter {

    /** {@code _format} values meaning JSON (FHIR R4 http.html#mime: json, the MIME types, with parameters). */
    static final Set<String> JSON_FORMATS = Set.of("json", Fhir.MEDIA_TYPE, "application/json", "application/json+fhir");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isFhir(request)) {
            return;
        }
        List<String> formats = request.getUriInfo().getQueryParameters().get("_format");
        if (formats == null) {
            return;
        }
        for (String format : formats) {
            String type = format.split(";")[0].strip();
            if (!JSON_FORMATS.contains(type)) {
                request.abortWith(outcome(Problem.of(Response.Status.NOT_ACCEPTABLE,
                        "_format=" + format + " is not served: Stride writes FHIR resources as JSON only (_format=json)")));
                return;
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (isFhir(request) && response.getEntity() instanceof Problem problem) {
            response.setEntity(Outcomes.json(problem), response.getEntityAnnotations(),
                    jakarta.ws.rs.core.MediaType.valueOf(FhirResource.CONTENT_TYPE));
        }
    }

    private static boolean isFhir(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals("fhir") || path.startsWith("fhir/") || path.startsWith("/fhir");
    }

    private static Response outcome(Problem problem) {
        return FhirResource.fhir(Response.status(problem.status()), Outcomes.json(problem));
    }
}
