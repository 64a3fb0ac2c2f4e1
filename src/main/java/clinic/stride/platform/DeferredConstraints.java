package clinic.stride.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Checks the deferred constraints of the current transaction now, at the end of a use case, instead of in the
 * COMMIT. PostgreSQL refuses data at commit with its SQLSTATE (23xxx), but Payara's local-transaction commit turns
 * that error into an XAException with no cause, and the caller would get "database not reachable" for its own bad
 * data. Checked here, the refusal arrives as a PersistenceException whose cause carries the SQLSTATE, so it maps to
 * 422 and nothing is saved. Deferral still does its job inside the use case (V8: an idempotency key may be written
 * before its intake).
 */
@ApplicationScoped
public class DeferredConstraints {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void checkNow() {
        em.flush();
        em.createNativeQuery("set constraints all immediate").executeUpdate();
    }
}
