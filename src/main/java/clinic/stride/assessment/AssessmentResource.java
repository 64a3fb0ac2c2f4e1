package clinic.stride.assessment;

import clinic.stride.platform.DomainProblem;
import clinic.stride.platform.Problem;
import clinic.stride.audit.Audited;
import clinic.stride.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The stored assessment of an intake: red flags, possible causes with reasons and citations, exercises, advice. */
@Path("intakes/{id}/assessment")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    Assessments assessments;

    @GET
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("assessment.read")
    public Assessment get(@PathParam("id") String id, @QueryParam("version") Integer version) {
        UUID intakeId;
        try {
            intakeId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(Problem.of(Response.Status.NOT_FOUND, "No intake with id " + id));
        }
        return assessments.of(intakeId, version);
    }
}
