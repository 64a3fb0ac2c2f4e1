package clinic.stride.patient;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.platform.ApiExamples;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Registering patients (front desk, clinicians); a patient's intakes are {@code intake.PatientIntakesResource}. */
@ApplicationScoped
@Path("patients")
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    PatientRegistry patients;

    @Inject
    LikelyDuplicates duplicates;

    @Inject
    AuditSubject audit;

    /** Registers a patient before their first intake (for an intake link); the same details again are a no-op. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
    @Audited("patient.register")
    @Operation(summary = "Register a patient", description = "Before their first intake; the same clinic id with other "
            + "details is a conflict. likelyDuplicates lists registered patients who may be the same person (same birth "
            + "date and a similar name, or the same phone or email): a warning for staff to decide at "
            + "/front-desk/duplicates or POST /api/patients/{clinicId}/duplicates, never a refusal.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PatientDetails.class), examples = @ExampleObject(name = "patient", value = ApiExamples.PATIENT)))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = Registered.class)))
    @APIResponse(responseCode = "200", description = "Already registered with the same details",
            content = @Content(schema = @Schema(implementation = Registered.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.PROBLEM))
    @APIResponse(responseCode = "409", description = "The clinic id belongs to a patient with other details")
    public Response register(@NotNull(message = "send the patient as a JSON body") @Valid PatientDetails details) {
        audit.patient(details.clinicId());
        patients.register(details);
        List<LikelyDuplicate> candidates = duplicates.of(details.clinicId());
        audit.disclosed(candidates.stream().map(LikelyDuplicate::clinicId).toList());
        // 201 whether new or already registered with these details: the status does not tell whether a clinic id
        // was on file (docs/security.md, "Patient details").
        return Response.status(Response.Status.CREATED).entity(new Registered(details.clinicId(), candidates)).build();
    }

    /** What registering answers: the clinic id, and the patients who may be the same person (a warning). */
    public record Registered(String clinicId, List<LikelyDuplicate> likelyDuplicates) {
    }
}
