package clinic.stride.patient;

import clinic.stride.intake.IntakeService;
import clinic.stride.intake.PatientHistory;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A patient's intakes over time. */
@Path("patients")
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    IntakeService intakes;

    @GET
    @Path("{clinicId}/intakes")
    @Operation(summary = "A patient's intakes", description = "The patient and all their intakes, newest visit first.")
    @APIResponse(responseCode = "200", description = "The patient's history")
    @APIResponse(responseCode = "404", description = "No patient with this clinic id")
    public PatientHistory intakes(@PathParam("clinicId") String clinicId) {
        return intakes.history(clinicId);
    }
}
