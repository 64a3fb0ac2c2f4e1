package clinic.stride.homeprogramme;

import clinic.stride.vocabulary.Language;
import clinic.stride.patientlink.RevocableLink;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
public class HomeProgrammeLink extends RevocableLink {

    @Column(name = "intake_id", nullable = false, updatable = false)
    private UUID intakeId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "sessions_per_week", nullable = false, updatable = false)
    private int sessionsPerWeek;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    protected HomeProgrammeLink() {
    }

    HomeProgrammeLink(String tokenHash, UUID intakeId, long planId, Language language, int sessionsPerWeek,
                      LocalDate validUntil, Instant createdAt, String createdBy) {
        super(tokenHash, language, createdAt, createdBy);
        this.intakeId = intakeId;
        this.planId = planId;
        this.sessionsPerWeek = sessionsPerWeek;
        this.validUntil = validUntil;
    }

    /** Open on {@code today} (the clinic's date): not revoked and not past its last day. */
    public boolean isOpenOn(LocalDate today) {
        return !isRevoked() && !today.isAfter(validUntil);
    }

    public UUID intakeId() {
        return intakeId;
    }

    /** The handout plan (its {@code handout_plan} row) the link shows: the plan version sessions are logged against. */
    public long planId() {
        return planId;
    }

    public int sessionsPerWeek() {
        return sessionsPerWeek;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
