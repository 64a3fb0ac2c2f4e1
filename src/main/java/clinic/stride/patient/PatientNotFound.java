package clinic.stride.patient;

/** No patient registered with this clinic id: answered as 404 by {@link PatientMappers.NotFound}. */
public class PatientNotFound extends RuntimeException {

    private final String clinicId;

    public PatientNotFound(String clinicId) {
        this(clinicId, "No patient with clinic id " + clinicId);
    }

    /** With a detail of the caller's (what to do next, or FHIR's words for a patient). */
    public PatientNotFound(String clinicId, String detail) {
        super(detail, null, false, false);
        this.clinicId = clinicId;
    }

    public String clinicId() {
        return clinicId;
    }
}
