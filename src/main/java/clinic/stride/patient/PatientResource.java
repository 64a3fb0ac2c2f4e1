package clinic.stride.patient;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.Audited;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.PatientHistory;
import clinic.stride.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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

/** Registering patients (front desk, clinicians) and a patient's intakes over time (clinicians). */
@Path("patients")
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    IntakeService intakes;

    @Inject
    PatientRegistry patients;

    @Inject
    AuditSubject audit;

    /** Registers a patient before their first intake (for an intake link); the same details again are a no-op. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN})
    @Audited("patient.register")
    public Response register(@NotNull(message = "send the patient as a JSON body") @Valid PatientDetails details) {
        audit.patient(details.clinicId());
        boolean known = patients.find(details.clinicId()).isPresent();
        patients.register(details);
        return Response.status(known ? Response.Status.OK : Response.Status.CREATED)
                .entity(new Registered(details.clinicId())).build();
    }

    /** What registering answers: the clinic id, nothing the caller did not send. */
    public record Registered(String clinicId) {
    }

    @GET
    @Path("{clinicId}/intakes")
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("patient.intakes.read")
    public PatientHistory intakes(@PathParam("clinicId") String clinicId) {
        return intakes.history(clinicId);
    }
}
