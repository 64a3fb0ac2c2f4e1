package clinic.stride.fhir;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.followup.FollowUpView;
import clinic.stride.followup.FollowUps;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The follow-up questionnaire and its answers in FHIR R4, beside the intake's ({@link FhirResource}). */
@Path("fhir")
public class FollowUpFhirResource {

    private static final class Cached {
        static final String QUESTIONNAIRE = Fhir.toJson(FollowUpQuestionnaire.build());
    }

    @Inject
    FollowUps followUps;

    @Inject
    AuditSubject audit;

    @GET
    @Path("Questionnaire/" + FollowUpQuestionnaire.ID)
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    // Open to anyone, as the intake's: the form holds no patient data.
    @PermitAll
    @Audited("fhir.questionnaire.read")
    @Operation(operationId = "followUpQuestionnaire", summary = "The follow-up questionnaire as a FHIR R4 Questionnaire",
            description = "Canonical URL " + FollowUpQuestionnaire.URL + ": pain, LEFS, global rating of change, warning signs.")
    @APIResponse(responseCode = "200", description = "The Questionnaire",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "Questionnaire")))
    public Response questionnaire() {
        return Response.ok(Cached.QUESTIONNAIRE).type(Fhir.MEDIA_TYPE + ";charset=UTF-8").build();
    }

    @GET
    @Path("QuestionnaireResponse/" + FollowUpResponses.ID_PREFIX + "{id}")
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("fhir.follow-up-response.read")
    @Operation(operationId = "followUpResponse", summary = "A follow-up as a FHIR R4 QuestionnaireResponse",
            description = "Id followup-{follow-up id}; subject Patient/{clinic id}.")
    @APIResponse(responseCode = "200", description = "The QuestionnaireResponse",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(ref = "QuestionnaireResponse")))
    @APIResponse(responseCode = "404", description = "No such follow-up")
    public Response response(@PathParam("id") String id) {
        UUID followUpId;
        try {
            followUpId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IntakeNotFound(id);
        }
        FollowUpView view = followUps.find(followUpId).orElseThrow(() -> new IntakeNotFound(id));
        audit.patient(view.clinicId()).intake(view.intakeId());
        return Response.ok(Fhir.toJson(FollowUpResponses.toResponse(view))).type(Fhir.MEDIA_TYPE + ";charset=UTF-8").build();
    }
}
