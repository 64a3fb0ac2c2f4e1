package clinic.stride.intakelink;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.intake.IntakeSubmissions;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import clinic.stride.platform.ApiExamples;
import clinic.stride.platform.Problem;

/**
 * The patient's side of an intake link, open to anyone holding the token (the token is the credential):
 * read the blank form's context, submit the one intake. 404 for an unknown token, 410 once used or
 * expired, and never any other data.
 */
@ApplicationScoped
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
    @Operation(summary = "Open an intake link", description = "What the form needs to greet the patient: first name, language, expiry.")
    @APIResponse(responseCode = "200", description = "The link is open")
    @APIResponse(responseCode = "404", description = "Unknown link")
    @APIResponse(responseCode = "410", description = "Used or expired link")
    public IntakeLinkForm open(@PathParam("token") String token) {
        links.clinicIdOf(token).ifPresent(subject::patient);
        return links.open(token);
    }

    @POST
    @Path("intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Audited("intake-link.submit")
    @Operation(summary = "Send the intake through an intake link", description = "The answers of the patient the link was made for; the link then closes.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LinkIntakeRequest.class), examples = @ExampleObject(name = "intake", value = ApiExamples.LINK_INTAKE)))
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = Received.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown link")
    @APIResponse(responseCode = "410", description = "Used or expired link")
    public Response submit(@PathParam("token") String token,
                           @NotNull(message = "send the intake as a JSON body") @Valid LinkIntakeRequest request) {
        links.clinicIdOf(token).ifPresent(subject::patient);
        IntakeSubmissions.Submission submission = links.submit(token, request);
        subject.intake(submission.intakeId());
        return Response.status(Response.Status.CREATED).entity(new Received(true)).build();
    }
}
