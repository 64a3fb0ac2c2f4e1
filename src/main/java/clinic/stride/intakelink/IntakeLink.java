package clinic.stride.intakelink;

import clinic.stride.patient.Patient;
import clinic.stride.patientlink.IssuedLink;
import clinic.stride.patientlink.SingleUse;
import clinic.stride.vocabulary.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use intake link for one patient. Open until it is used or {@code expiresAt} passes. */
@Entity
@Table(name = "intake_link")
@NamedQuery(name = "IntakeLink.findByTokenHash", query = "select l from IntakeLink l join fetch l.patient where l.tokenHash = :tokenHash")
public class IntakeLink extends IssuedLink {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Embedded
    private SingleUse use;

    @Column(name = "intake_id")
    private UUID intakeId;

    protected IntakeLink() {
    }

    IntakeLink(String tokenHash, Patient patient, Language language, Instant createdAt, String createdBy, Instant expiresAt) {
        super(tokenHash, language, createdAt, createdBy);
        this.patient = patient;
        this.use = new SingleUse(expiresAt);
    }

    public boolean isOpenAt(Instant now) {
        return use.isOpenAt(now);
    }

    void markUsed(UUID intakeId, Instant now) {
        this.intakeId = intakeId;
        use.markUsed(now);
    }

    public Patient patient() {
        return patient;
    }

    public Instant expiresAt() {
        return use.expiresAt();
    }
}
