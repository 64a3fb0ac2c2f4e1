package clinic.stride.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * The patient and intake the current request turned out to be about, for its audit row: a method fills it
 * in when the path alone does not say (a new intake's id, the patient behind an intake link).
 */
@RequestScoped
public class AuditSubject {

    private String clinicId;
    private UUID intakeId;

    public AuditSubject patient(String clinicId) {
        this.clinicId = clinicId;
        return this;
    }

    public AuditSubject intake(UUID intakeId) {
        this.intakeId = intakeId;
        return this;
    }

    public String clinicId() {
        return clinicId;
    }

    public UUID intakeId() {
        return intakeId;
    }
}
