package clinic.stride.followup;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.patientlink.PublicAddress;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The clinician's side of follow-up links, below the intake they follow: make, list and revoke them. Rooted at the
 * links' own path, so it never takes GET /api/intakes/{id} from the intake's resource (JAX-RS picks one root class).
 */
@ApplicationScoped
@Path("intakes/{id}/follow-up-links")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpLinksResource {

    @Inject
    FollowUps followUps;

    @Inject
    PublicAddress address;

    @Inject
    AuditSubject subject;

    @Context
    HttpServletRequest servletRequest;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("follow-up-link.create")
    @Operation(operationId = "createFollowUpLink", summary = "Create a follow-up questionnaire link",
            description = "A one-time link through which the patient of this intake answers the follow-up questionnaire "
                    + "(pain, LEFS, global change, warning signs) without signing in; valid until the end of validUntil.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpLinkRequest.class),
            examples = @ExampleObject(name = "link", value = "{\"language\": \"es\", \"validUntil\": \"2026-12-18\"}")))
    @APIResponse(responseCode = "201", description = "The link's id, URL and expiry",
            content = @Content(schema = @Schema(implementation = FollowUpLinkCreated.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No intake with this id")
    public Response create(@PathParam("id") String id, @Valid FollowUpLinkRequest request) {
        UUID intakeId = intakeId(id);
        FollowUps.Issued issued = followUps.create(intakeId, request == null ? null : request.language(),
                request == null ? null : request.validUntil(), security.getUserPrincipal().getName());
        subject.patient(issued.clinicId()).intake(intakeId);
        URI api = address.at(servletRequest, "/api/follow-up-links/" + issued.token());
        URI page = address.at(servletRequest, "/follow-ups/" + issued.token());
        return Response.created(api)
                .entity(new FollowUpLinkCreated(issued.link().id(), page, api, issued.link().expiresAt())).build();
    }

    @GET
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("follow-up-link.list")
    @Operation(operationId = "followUpLinks", summary = "The follow-up links of an intake",
            description = "Newest first: when each was made and by whom, until when it works, whether it was used or revoked. Never the token.")
    @APIResponse(responseCode = "200", description = "The links")
    @APIResponse(responseCode = "404", description = "No intake with this id")
    public List<FollowUpLinkView> links(@PathParam("id") String id) {
        return followUps.links(intakeId(id));
    }

    @POST
    @Path("{linkId}/revocation")
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("follow-up-link.revoke")
    @Operation(operationId = "revokeFollowUpLink", summary = "Revoke a follow-up link",
            description = "The link stops working at once (410); its row stays with who revoked it and when. Revoking again changes nothing.")
    @APIResponse(responseCode = "200", description = "The revoked link", content = @Content(schema = @Schema(implementation = FollowUpLinkView.class)))
    @APIResponse(responseCode = "404", description = "No such link for this intake")
    public FollowUpLinkView revoke(@PathParam("id") String id, @PathParam("linkId") long linkId) {
        return followUps.revoke(intakeId(id), linkId, security.getUserPrincipal().getName());
    }

    static UUID intakeId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IntakeNotFound(id);
        }
    }
}
