package clinic.stride.audit;

import clinic.stride.platform.Problem;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the audit row of every {@link Audited} REST call once its status is known, including calls the
 * access control refused (401, 403) and calls that failed. If the row cannot be written, a read does not
 * leave the server: the caller gets 503 instead of unaudited patient data.
 */
@Provider
public class AuditTrail implements DynamicFeature {

    private static final Pattern CLINIC_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Audited audited = resource.getResourceMethod().getAnnotation(Audited.class);
        if (audited != null) {
            context.register(new Writer(audited.value()));
        }
    }

    static final class Writer implements ContainerResponseFilter {

        private final String action;
        // Client proxies (request- and application-scoped beans), looked up once: each call resolves to the
        // current request's instance. CDI.current() twice per request showed in the load test's profile.
        private volatile AuditSubject subject;
        private volatile AuditLog log;

        Writer(String action) {
            this.action = action;
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (log == null) {
                subject = CDI.current().select(AuditSubject.class).get();
                log = CDI.current().select(AuditLog.class).get();
            }
            MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
            String clinicId = clinicIdOrNull(subject.clinicId() != null ? subject.clinicId() : path.getFirst("clinicId"));
            UUID intakeId = subject.intakeId() != null ? subject.intakeId() : uuidOrNull(path.getFirst("id"));
            try {
                log.record(action, clinicId, intakeId, response.getStatus());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Audit row for " + action + " not written: " + e.getClass().getName());
                if (response.getStatus() < 300) {
                    response.setStatus(503);
                    response.getHeaders().putSingle("Retry-After", "5");
                    response.setEntity(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                            "The access could not be recorded, so nothing is shown; try again shortly."),
                            new Annotation[0], jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
                }
            }
        }

        /** A clinic id as the patient table allows it; anything else in the path is not recorded verbatim. */
        static String clinicIdOrNull(String text) {
            return text != null && CLINIC_ID.matcher(text).matches() ? text : null;
        }

        private static UUID uuidOrNull(String text) {
            try {
                return text == null ? null : UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
