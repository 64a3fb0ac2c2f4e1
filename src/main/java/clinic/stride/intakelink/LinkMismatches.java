package clinic.stride.intakelink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Counts patient details sent with a link that did not match its patient, in a transaction of its own (the
 * request itself is refused and rolled back), and closes the link at {@link IntakeLinks#MAX_MISMATCHES}.
 */
@ApplicationScoped
public class LinkMismatches {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    /** Returns true when this mismatch closed the link. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean count(String tokenHash) {
        Number mismatches = (Number) em.createNativeQuery("update intake_link set mismatches = mismatches + 1, "
                        + "expires_at = case when mismatches + 1 >= ?1 then least(expires_at, now()) else expires_at end "
                        + "where token_hash = ?2 returning mismatches")
                .setParameter(1, IntakeLinks.MAX_MISMATCHES).setParameter(2, tokenHash).getSingleResult();
        return mismatches.intValue() >= IntakeLinks.MAX_MISMATCHES;
    }
}
