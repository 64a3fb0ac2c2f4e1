package clinic.stride.audit;

import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import clinic.stride.platform.QueryParams;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The audit trail for admins: who accessed which patient's data, when, and with what outcome. */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditSearch search;

    @Inject
    AuditSubject subject;

    /** Reading the trail is itself recorded: it shows who looked at whose access history. */
    @GET
    @RolesAllowed(Roles.ADMIN)
    @Audited("audit.search")
    @Operation(summary = "Search the audit trail", description = "Who did what to which patient record, newest first, with the hash chain's check.")
    @APIResponse(responseCode = "200", description = "One page of audit events")
    public AuditPage search(@QueryParam("clinicId") String clinicId, @QueryParam("user") String user,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate fromDate = QueryParams.date("from", from, errors);
        LocalDate toDate = QueryParams.date("to", to, errors);
        int size = AuditSearch.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit);
                if (size < 1 || size > AuditSearch.MAX_LIMIT) {
                    errors.add(new Problem.FieldError("limit", "must be between 1 and " + AuditSearch.MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("limit", "must be a whole number"));
            }
        }
        Long afterId = null;
        if (after != null) {
            try {
                afterId = Long.parseLong(after);
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("after", "is not a cursor from an earlier page"));
            }
        }
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new Problem.FieldError("to", "must not be before 'from'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String clinic = QueryParams.blankToNull(clinicId);
        if (clinic != null && clinic.length() <= 40) {
            subject.patient(clinic);
        }
        return search.find(new AuditSearch.Filter(clinic, QueryParams.blankToNull(user), fromDate, toDate, size, afterId));
    }
}
