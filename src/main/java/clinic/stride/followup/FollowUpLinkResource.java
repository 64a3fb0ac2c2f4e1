package clinic.stride.followup;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.platform.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The patient's side of a follow-up link, open to anyone holding the token (the token is the credential): read
 * the greeting, send the one set of answers. 404 for an unknown token, 410 once used, revoked or expired.
 */
@ApplicationScoped
@Path("follow-up-links/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpLinkResource {

    /** What the patient gets back: only that the answers arrived. */
    public record Received(boolean received) {
    }

    static final String EXAMPLE = "{\"painIntensity\": 3, \"lefs\": [3, 3, 4, 4, 4, 2, 3, 4, 2, 4, 4, 3, 3, 3, 4, 1, 1, 0, 1, 4],"
            + " \"globalChange\": 2, \"redFlags\": {\"bladderBowelLoss\": false, \"numbnessTinglingWeakness\": false,"
            + " \"fever\": false, \"severeOrWorsening\": false}}";

    @Inject
    FollowUps followUps;

    @Inject
    AuditSubject subject;

    @GET
    @PermitAll
    @Audited("follow-up-link.open")
    @Operation(operationId = "openFollowUpLink", summary = "Open a follow-up link", description = "First name, language and expiry: what the page needs to greet the patient.")
    @APIResponse(responseCode = "200", description = "The link is open", content = @Content(schema = @Schema(implementation = FollowUpForm.class)))
    @APIResponse(responseCode = "404", description = "Unknown link")
    @APIResponse(responseCode = "410", description = "Used, revoked or expired link")
    public FollowUpForm open(@PathParam("token") String token) {
        String hash = FollowUps.hashOf(token);
        followUps.clinicIdOfHash(hash).ifPresent(subject::patient);
        followUps.intakeIdOfHash(hash).ifPresent(subject::intake);
        return followUps.openByHash(hash);
    }

    @POST
    @Path("response")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Audited("follow-up-link.submit")
    @Operation(operationId = "answerFollowUp", summary = "Send the follow-up answers through a link",
            description = "Pain, the 20 LEFS answers (null for an item left blank), global change and the warning-sign answers; the link then closes. "
                    + "A warning sign puts the follow-up on the clinician's worklist as a new intake would.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FollowUpRequest.class), examples = @ExampleObject(name = "answers", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = Received.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown link")
    @APIResponse(responseCode = "410", description = "Used, revoked or expired link")
    public Response submit(@PathParam("token") String token,
                           @NotNull(message = "send the answers as a JSON body") @Valid FollowUpRequest request) {
        String hash = FollowUps.hashOf(token);
        followUps.clinicIdOfHash(hash).ifPresent(subject::patient);
        followUps.intakeIdOfHash(hash).ifPresent(subject::intake);
        followUps.submitByHash(hash, request);
        return Response.status(Response.Status.CREATED).entity(new Received(true)).build();
    }
}
