package clinic.stride.followup;

import clinic.stride.patient.Patient;
import clinic.stride.vocabulary.Language;
import clinic.stride.vocabulary.LanguageConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
public class FollowUpLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Column(name = "intake_id", nullable = false, updatable = false)
    private UUID intakeId;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false, updatable = false)
    private Language language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "used_at")
    private Instant usedAt;

    protected FollowUpLink() {
    }

    FollowUpLink(String tokenHash, Patient patient, UUID intakeId, Language language, Instant createdAt, String createdBy,
                 Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.patient = patient;
        this.intakeId = intakeId;
        this.language = language;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    public boolean isOpenAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }

    /** The first revocation stands. */
    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
            this.revokedBy = by;
        }
    }

    public Long id() {
        return id;
    }

    public Patient patient() {
        return patient;
    }

    public UUID intakeId() {
        return intakeId;
    }

    public Language language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
