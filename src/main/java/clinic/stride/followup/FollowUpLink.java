package clinic.stride.followup;

import clinic.stride.patient.Patient;
import clinic.stride.patientlink.RevocableLink;
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

/**
 * A link for one follow-up questionnaire: open until it is used, revoked or {@code expiresAt} passes. Only the
 * token's SHA-256 is stored (V22), as for an intake link.
 */
@Entity
@Table(name = "follow_up_link")
@NamedQuery(name = "FollowUpLink.findByTokenHash", query = "select l from FollowUpLink l join fetch l.patient where l.tokenHash = :tokenHash")
@NamedQuery(name = "FollowUpLink.ofIntake", query = "select l from FollowUpLink l where l.intakeId = :intakeId order by l.createdAt desc")
public class FollowUpLink extends RevocableLink {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Column(name = "intake_id", nullable = false, updatable = false)
    private UUID intakeId;

    @Embedded
    private SingleUse use;

    protected FollowUpLink() {
    }

    FollowUpLink(String tokenHash, Patient patient, UUID intakeId, Language language, Instant createdAt, String createdBy,
                 Instant expiresAt) {
        super(tokenHash, language, createdAt, createdBy);
        this.patient = patient;
        this.intakeId = intakeId;
        this.use = new SingleUse(expiresAt);
    }

    public boolean isOpenAt(Instant now) {
        return !isRevoked() && use.isOpenAt(now);
    }

    void markUsed(Instant now) {
        use.markUsed(now);
    }

    public Patient patient() {
        return patient;
    }

    public UUID intakeId() {
        return intakeId;
    }

    public Instant expiresAt() {
        return use.expiresAt();
    }

    public Instant usedAt() {
        return use.usedAt();
    }
}
