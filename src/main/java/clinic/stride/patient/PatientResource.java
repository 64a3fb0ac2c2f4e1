package clinic.stride.patient;

import clinic.stride.intake.IntakeService;
import clinic.stride.intake.PatientHistory;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A patient's intakes over time. */
@Path("patients")
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    IntakeService intakes;

    @GET
    @Path("{clinicId}/intakes")
    public PatientHistory intakes(@PathParam("clinicId") String clinicId) {
        return intakes.history(clinicId);
    }
}
