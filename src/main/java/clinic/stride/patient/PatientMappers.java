package clinic.stride.patient;

import clinic.stride.platform.Problem;
import clinic.stride.platform.RefusalMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The patient register's refusals as problem+json (RFC 9457), one mapper each. */
public final class PatientMappers {

    private PatientMappers() {
    }

    @Provider
    public static class NotFound extends RefusalMapper<PatientNotFound> {
        public NotFound() {
            super(e -> Problem.notFound(e.getMessage()));
        }
    }

    @Provider
    public static class Conflict extends RefusalMapper<ClinicIdConflict> {
        public Conflict() {
            super(PatientMappers::problemOf);
        }
    }

    /** Public for the pages, which show the same field error. */
    public static Problem problemOf(ClinicIdConflict e) {
        return new Problem("https://stride.clinic/problems/patient-mismatch", "Clinic id belongs to another patient record", 409,
                e.getMessage(), List.of(new Problem.FieldError("patient", "does not match the patient registered with this clinic id")));
    }
}
