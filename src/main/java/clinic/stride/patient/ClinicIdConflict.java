package clinic.stride.patient;

/**
 * A clinic id already registered with other details. One answer whatever differs: naming the field would confirm
 * the others. Answered as 409 by {@link PatientMappers.Conflict}.
 */
public class ClinicIdConflict extends RuntimeException {

    public ClinicIdConflict() {
        super("The clinic id is registered with different details; check the id or correct the patient record first",
                null, false, false);
    }
}
