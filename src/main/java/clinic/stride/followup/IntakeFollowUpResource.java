package clinic.stride.followup;

import clinic.stride.audit.Audited;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The follow-up answers of an intake, for clinicians (rooted at its own path, as {@link FollowUpLinksResource}). */
@ApplicationScoped
@Path("intakes/{id}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeFollowUpResource {

    @Inject
    FollowUps followUps;

    @GET
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("follow-up.read")
    @Operation(operationId = "intakeFollowUps", summary = "The follow-up answers of an intake",
            description = "Oldest first, each with its instrument version, LEFS items and score (null unless all 20 items were answered), "
                    + "global change, warning-sign answers and the red-flag level they gave.")
    @APIResponse(responseCode = "200", description = "The follow-ups")
    @APIResponse(responseCode = "404", description = "No intake with this id")
    public List<FollowUpView> followUps(@PathParam("id") String id) {
        return followUps.ofIntake(FollowUpLinksResource.intakeId(id));
    }
}
