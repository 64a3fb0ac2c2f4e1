package clinic.stride.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The patient and intake the current request turned out to be about, for its audit row: a method fills it
 * in when the path alone does not say (a new intake's id, the patient behind an intake link), an admin action
 * the user or change request it concerned, and a list view every patient it showed.
 */
@RequestScoped
public class AuditSubject {

    private String clinicId;
    private UUID intakeId;
    private String subject;
    private final TreeSet<String> disclosed = new TreeSet<>();

    public AuditSubject patient(String clinicId) {
        this.clinicId = clinicId;
        return this;
    }

    public AuditSubject intake(UUID intakeId) {
        this.intakeId = intakeId;
        return this;
    }

    /** What an administrative action concerned: {@code user:<name>} or {@code change-request:<id>}. */
    public AuditSubject subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** Patients a list view showed (their clinic ids); recorded on the request's audit row. */
    public AuditSubject disclosed(Collection<String> clinicIds) {
        clinicIds.stream().filter(java.util.Objects::nonNull).forEach(disclosed::add);
        return this;
    }

    public String subject() {
        return subject;
    }

    public List<String> disclosed() {
        return List.copyOf(disclosed);
    }

    public String clinicId() {
        return clinicId;
    }

    public UUID intakeId() {
        return intakeId;
    }
}
