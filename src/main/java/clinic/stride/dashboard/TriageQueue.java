package clinic.stride.dashboard;

import clinic.stride.platform.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The clinician's triage state of an intake: reviewed by whom and when (V13). A reviewed intake leaves the top of
 * the worklist ({@link Worklist}); its warning signs stay on record and on its badge.
 */
@ApplicationScoped
@Transactional
public class TriageQueue {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Who marked an intake reviewed, and when. */
    public record Reviewed(String by, Instant at) {
    }

    /**
     * Marks the intake reviewed by this clinician, unless it already was (the first review stands). The clinic number
     * of the intake's patient, for the audit row; empty for an unknown intake.
     */
    public Optional<String> markReviewed(UUID intakeId, String clinician) {
        em.createNativeQuery("update intake set reviewed_by = ?, reviewed_at = ? where id = ? and reviewed_at is null")
                .setParameter(1, clinician)
                .setParameter(2, Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .setParameter(3, intakeId)
                .executeUpdate();
        List<?> clinicIds = em.createNativeQuery("select p.clinic_id from intake i join patient p on p.id = i.patient_id where i.id = ?")
                .setParameter(1, intakeId).getResultList();
        return clinicIds.stream().map(String.class::cast).findFirst();
    }

    public Optional<Reviewed> reviewOf(UUID intakeId) {
        List<?> rows = em.createNativeQuery("select reviewed_by, reviewed_at from intake where id = ? and reviewed_at is not null")
                .setParameter(1, intakeId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Reviewed((String) r[0], Database.instant(r[1]))).findFirst();
    }
}
