package clinic.stride.intakelink;

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

/** A single-use intake link for one patient. Open until it is used or {@code expiresAt} passes. */
@Entity
@Table(name = "intake_link")
@NamedQuery(name = "IntakeLink.findByTokenHash", query = "select l from IntakeLink l join fetch l.patient where l.tokenHash = :tokenHash")
public class IntakeLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false, updatable = false)
    private Language language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "intake_id")
    private UUID intakeId;

    protected IntakeLink() {
    }

    IntakeLink(String tokenHash, Patient patient, Language language, Instant createdAt, String createdBy, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.patient = patient;
        this.language = language;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    public boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(UUID intakeId, Instant now) {
        this.intakeId = intakeId;
        this.usedAt = now;
    }

    public Patient patient() {
        return patient;
    }

    public Language language() {
        return language;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
