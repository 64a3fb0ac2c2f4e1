package clinic.stride.intake;

import clinic.stride.audit.Audited;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
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
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** GET /api/worklist?date=2026-01-31: a day's intakes for the front desk (today in the server's time zone by default). */
@ApplicationScoped
@Path("worklist")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    @Inject
    IntakeService intakes;

    @Inject
    clinic.stride.audit.AuditSubject audit;

    @GET
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
    @Audited("worklist.read")
    @Operation(summary = "The day's worklist", description = "A day's intakes for the front desk (today in the server's time zone unless ?date=).")
    @APIResponse(responseCode = "200", description = "The worklist")
    @APIResponse(responseCode = "400", description = "date is not a date")
    public List<WorklistEntry> worklist(@QueryParam("date") String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(List.of(new Problem.FieldError("date", "must be a date like 2026-01-31")));
        }
        List<WorklistEntry> entries = intakes.worklist(day);
        audit.disclosed(entries.stream().map(WorklistEntry::clinicId).toList());
        return entries;
    }
}
