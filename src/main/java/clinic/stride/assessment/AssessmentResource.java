package clinic.stride.assessment;

import clinic.stride.audit.Audited;
import clinic.stride.intake.IntakeResource;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The stored assessment of an intake: red flags, possible causes with reasons and citations, exercises, advice. */
@ApplicationScoped
@Path("intakes/{id}/assessment")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    Assessments assessments;

    @GET
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("assessment.read")
    @Operation(summary = "Read an intake's assessment", description = "Red flags, possible causes with reasons and "
            + "citations, exercises and advice, as stored with the version (the version in force unless ?version=n).")
    @APIResponse(responseCode = "200", description = "The stored assessment")
    @APIResponse(responseCode = "404", description = "No such intake or version")
    public Assessment get(@PathParam("id") String id, @QueryParam("version") Integer version) {
        return assessments.of(IntakeResource.parseId(id), version);
    }
}
