package clinic.stride.duplicates;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.patient.LikelyDuplicate;
import clinic.stride.platform.ApiExamples;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A patient's likely duplicates and staff's decisions about them (front desk, clinicians); thin over {@link Duplicates}. */
@ApplicationScoped
@Path("patients/{clinicId}/duplicates")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateResource {

    @Inject
    Duplicates duplicates;

    @Inject
    AuditSubject audit;

    @Context
    SecurityContext security;

    /** What GET answers: the patient the clinic id stands for, and who may be the same person. */
    public record Candidates(LikelyDuplicate patient, List<LikelyDuplicate> likelyDuplicates) {
    }

    @GET
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
    @Audited("patient.duplicates.read")
    @Operation(summary = "List a patient's likely duplicates", description = "Registered patients who may be the same "
            + "person: the same birth date and a similar name (accents, case, word order and a small typo ignored), or "
            + "the same phone or email. Pairs already decided are left out.")
    @APIResponse(responseCode = "200", description = "The patient and the candidates",
            content = @Content(schema = @Schema(implementation = Candidates.class)))
    @APIResponse(responseCode = "404", description = "No patient with this clinic id")
    public Candidates list(@PathParam("clinicId") String clinicId) {
        Duplicates.Review review = duplicates.review(clinicId);
        audit.disclosed(review.candidates().stream().map(LikelyDuplicate::clinicId).toList());
        return new Candidates(review.patient(), review.candidates());
    }

    @POST
    @Path("same-person")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
    @Audited("patient.duplicates.same-person")
    @Operation(summary = "Link two registrations as the same person", description = "The one registered first stays; "
            + "the other is linked to it, nothing is deleted: its intakes, with every version and assessment, move to "
            + "the one that stays and its clinic id keeps finding the patient.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OtherPatient.class), examples = @ExampleObject(name = "other", value = ApiExamples.OTHER_PATIENT)))
    @APIResponse(responseCode = "201", description = "Linked", content = @Content(schema = @Schema(implementation = Decided.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.PROBLEM))
    @APIResponse(responseCode = "404", description = "No patient with one of the clinic ids")
    @APIResponse(responseCode = "409", description = "The pair was decided already")
    public Response samePerson(@PathParam("clinicId") String clinicId,
                               @NotNull(message = "send the other patient as a JSON body") @Valid OtherPatient other) {
        return decide(clinicId, other, Decision.SAME_PERSON);
    }

    @POST
    @Path("different-person")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
    @Audited("patient.duplicates.different-person")
    @Operation(summary = "Record that two registrations are different people", description = "Remembered: the pair is "
            + "not raised as likely duplicates again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OtherPatient.class), examples = @ExampleObject(name = "other", value = ApiExamples.OTHER_PATIENT)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = Decided.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.PROBLEM))
    @APIResponse(responseCode = "404", description = "No patient with one of the clinic ids")
    @APIResponse(responseCode = "409", description = "The pair was decided already")
    public Response differentPerson(@PathParam("clinicId") String clinicId,
                                    @NotNull(message = "send the other patient as a JSON body") @Valid OtherPatient other) {
        return decide(clinicId, other, Decision.DIFFERENT_PERSON);
    }

    private Response decide(String clinicId, OtherPatient other, Decision decision) {
        audit.disclosed(List.of(other.otherClinicId()));
        Decided decided = duplicates.decide(clinicId, other.otherClinicId(), decision, security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(decided).build();
    }
}
