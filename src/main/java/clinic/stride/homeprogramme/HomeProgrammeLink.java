package clinic.stride.homeprogramme;

import clinic.stride.vocabulary.Language;
import clinic.stride.vocabulary.LanguageConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient's private link to one stored handout plan. Works through {@code validUntil} (the clinician's date, e.g.
 * the next visit) unless revoked; only the token's SHA-256 is kept, as for intake links.
 */
@Entity
@Table(name = "home_programme_link")
@NamedQuery(name = "HomeProgrammeLink.findByTokenHash",
        query = "select l from HomeProgrammeLink l where l.tokenHash = :tokenHash")
@NamedQuery(name = "HomeProgrammeLink.forIntakes",
        query = "select l from HomeProgrammeLink l where l.intakeId in :intakeIds order by l.createdAt desc, l.id desc")
public class HomeProgrammeLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "intake_id", nullable = false, updatable = false)
    private UUID intakeId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false, updatable = false)
    private Language language;

    @Column(name = "sessions_per_week", nullable = false, updatable = false)
    private int sessionsPerWeek;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected HomeProgrammeLink() {
    }

    HomeProgrammeLink(String tokenHash, UUID intakeId, long planId, Language language, int sessionsPerWeek,
                      LocalDate validUntil, Instant createdAt, String createdBy) {
        this.tokenHash = tokenHash;
        this.intakeId = intakeId;
        this.planId = planId;
        this.language = language;
        this.sessionsPerWeek = sessionsPerWeek;
        this.validUntil = validUntil;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Open on {@code today} (the clinic's date): not revoked and not past its last day. */
    public boolean isOpenOn(LocalDate today) {
        return revokedAt == null && !today.isAfter(validUntil);
    }

    void revoke(Instant now, String by) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public long id() {
        return id;
    }

    public UUID intakeId() {
        return intakeId;
    }

    /** The handout plan (its {@code handout_plan} row) the link shows: the plan version sessions are logged against. */
    public long planId() {
        return planId;
    }

    public Language language() {
        return language;
    }

    public int sessionsPerWeek() {
        return sessionsPerWeek;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
