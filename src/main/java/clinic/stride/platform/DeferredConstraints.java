package clinic.stride.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;

/**
 * Checks the deferred constraints of a transaction just before its COMMIT instead of in it. PostgreSQL refuses data
 * at commit with its SQLSTATE (23xxx), but Payara's local-transaction commit turns that error into an XAException
 * with no cause, and the caller would get "database not reachable" for its own bad data. Checked in the
 * transaction's last {@code beforeCompletion} (flush, then {@code SET CONSTRAINTS ALL IMMEDIATE}), the refusal rolls
 * the transaction back and reaches the caller as the commit's cause, carrying the SQLSTATE, so it maps to 422 and
 * nothing is saved. Deferral still does its job inside the transaction (V8: an idempotency key may be written before
 * its intake). It costs one statement per transaction that registered the check, none for one that fails earlier.
 */
@ApplicationScoped
public class DeferredConstraints {

    private static final Object REGISTERED = DeferredConstraints.class.getName();

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Has the current transaction check its deferred constraints before it commits (once, however often asked). */
    public void checkBeforeCommit() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE
                || transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        // The transaction's own entity manager, taken now: at beforeCompletion the container may not resolve the
        // persistence unit for this thread (a @Startup bean's transaction during deployment could not, and the demo
        // data was rolled back).
        EntityManager bound = em.unwrap(EntityManager.class);
        // Interposed: runs after the ordinary synchronizations, Hibernate's own flush among them.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                checkNow(bound);
            }

            @Override
            public void afterCompletion(int status) {
                // nothing to undo
            }
        });
    }

    private static void checkNow(EntityManager bound) {
        try {
            bound.flush();
            bound.createNativeQuery("set constraints all immediate").executeUpdate();
        } catch (PersistenceException e) {
            SQLException refusal = sqlStateOf(e);
            if (refusal == null) {
                throw e;
            }
            // Payara logs what a synchronization throws, with its message: the driver's message can quote the
            // refused values (patient data), so only the SQLSTATE goes on.
            throw new RefusedAtCommit(new SQLException("refused by a constraint before the commit", refusal.getSQLState()));
        }
    }

    private static SQLException sqlStateOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql;
            }
        }
        return null;
    }

    /** The database refused the transaction's data just before the commit; the cause carries its SQLSTATE. */
    public static final class RefusedAtCommit extends PersistenceException {
        RefusedAtCommit(SQLException cause) {
            super("The database refused the data before the commit (SQLSTATE " + cause.getSQLState() + ")", cause);
        }
    }
}
