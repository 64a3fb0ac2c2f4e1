package clinic.stride.intake;

import clinic.stride.audit.Audited;
import clinic.stride.vocabulary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A patient's intakes over time (clinicians): the intake feature answers below the patient's address. */
@ApplicationScoped
@Path("patients/{clinicId}/intakes")
@Produces(MediaType.APPLICATION_JSON)
public class PatientIntakesResource {

    @Inject
    IntakeService intakes;

    @GET
    @RolesAllowed(Roles.CLINICIAN)
    @Audited("patient.intakes.read")
    @Operation(operationId = "patientIntakes", summary = "A patient's intakes",
            description = "The patient and all their intakes, newest visit first.")
    @APIResponse(responseCode = "200", description = "The patient's history")
    @APIResponse(responseCode = "404", description = "No patient with this clinic id")
    public PatientHistory intakes(@PathParam("clinicId") String clinicId) {
        return intakes.history(clinicId);
    }
}
