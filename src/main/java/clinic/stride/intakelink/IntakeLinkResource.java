package clinic.stride.intakelink;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.intake.IntakeService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The patient's side of an intake link, open to anyone holding the token (the token is the credential):
 * read the blank form's context, submit the one intake. 404 for an unknown token, 410 once used or
 * expired, and never any other data.
 */
@Path("intake-links/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeLinkResource {

    /** What the patient gets back: only that the intake arrived. */
    public record Received(boolean received) {
    }

    @Inject
    IntakeLinks links;

    @Inject
    AuditSubject subject;

    @GET
    @PermitAll
    @Audited("intake-link.open")
    public IntakeLinkForm open(@PathParam("token") String token) {
        links.clinicIdOf(token).ifPresent(subject::patient);
        return links.open(token);
    }

    @POST
    @Path("intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Audited("intake-link.submit")
    public Response submit(@PathParam("token") String token,
                           @NotNull(message = "send the intake as a JSON body") @Valid LinkIntakeRequest request) {
        links.clinicIdOf(token).ifPresent(subject::patient);
        IntakeService.Submission submission = links.submit(token, request);
        subject.intake(submission.intakeId());
        return Response.status(Response.Status.CREATED).entity(new Received(true)).build();
    }
}
