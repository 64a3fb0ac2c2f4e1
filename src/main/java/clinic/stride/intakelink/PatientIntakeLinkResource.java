package clinic.stride.intakelink;

import clinic.stride.patientlink.PublicAddress;
import clinic.stride.audit.Audited;
import clinic.stride.platform.ApiExamples;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The front desk's side: a new single-use intake link for a registered patient. */
@ApplicationScoped
@Path("patients/{clinicId}/intake-links")
@Produces(MediaType.APPLICATION_JSON)
public class PatientIntakeLinkResource {

    @Inject
    IntakeLinks links;

    @Context
    UriInfo uri;

    @Context
    jakarta.servlet.http.HttpServletRequest servletRequest;

    @Inject
    PublicAddress address;

    @Context
    SecurityContext security;

    /** Body {@code {}} or {@code {"language": "es"}}. The link page is {@code /intake-links/{token}}, its API under /api. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
    @Audited("intake-link.create")
    @Operation(summary = "Create an intake link", description = "A one-time link, valid 24 hours, through which the patient fills the intake without signing in.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IntakeLinkRequest.class), examples = @ExampleObject(name = "link", value = ApiExamples.INTAKE_LINK)))
    @APIResponse(responseCode = "201", description = "The link's URL and expiry",
            content = @Content(schema = @Schema(implementation = IntakeLinkCreated.class)))
    @APIResponse(responseCode = "404", description = "No patient with this clinic id")
    public Response create(@PathParam("clinicId") String clinicId, IntakeLinkRequest request) {
        IntakeLinks.Issued issued = links.create(clinicId, request == null ? null : request.language(),
                security.getUserPrincipal().getName());
        URI api = address.intakeLinkApi(servletRequest, issued.token());
        URI page = address.intakeLink(servletRequest, issued.token());
        return Response.created(api).entity(new IntakeLinkCreated(page, api, issued.link().expiresAt())).build();
    }
}
