package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check at the transaction boundary, without a container: a registry standing in for the JTA one and an entity
 * manager that records what it is asked to do (RefusedCommitIT checks the same on Payara and PostgreSQL).
 */
class DeferredConstraintsTest {

    private final List<String> statements = new ArrayList<>();
    private final FakeRegistry registry = new FakeRegistry();

    @Test
    void shouldRegisterOneCheckWhenNestedUseCasesOfOneTransactionEachAskForIt() {
        DeferredConstraints constraints = constraints(null);

        constraints.checkBeforeCommit();
        constraints.checkBeforeCommit();

        assertEquals(1, registry.synchronizations.size());
        assertTrue(statements.isEmpty(), "nothing is sent before the commit: " + statements);
    }

    @Test
    void shouldFlushThenMakeEveryConstraintImmediateWhenTheTransactionIsAboutToCommit() {
        constraints(null).checkBeforeCommit();

        registry.synchronizations.getFirst().beforeCompletion();

        assertEquals(List.of("flush", "set constraints all immediate", "executeUpdate"), statements);
    }

    @Test
    void shouldRegisterNothingWhenNoTransactionIsActive() {
        registry.status = Status.STATUS_MARKED_ROLLBACK;

        constraints(null).checkBeforeCommit();

        assertTrue(registry.synchronizations.isEmpty());
    }

    @Test
    void shouldPassOnTheSqlStateButNotTheRefusedValuesWhenTheDatabaseRefusesTheData() {
        SQLException driver = new SQLException("ERROR: duplicate key. Detail: Key (family_name)=(Núñez-O’Brien) already exists", "23505");
        constraints(new PersistenceException("could not execute statement", driver)).checkBeforeCommit();

        PersistenceException refused = assertThrows(PersistenceException.class,
                () -> registry.synchronizations.getFirst().beforeCompletion());

        assertInstanceOf(DeferredConstraints.RefusedAtCommit.class, refused);
        assertEquals("23505", assertInstanceOf(SQLException.class, refused.getCause()).getSQLState());
        assertFalse(refused.toString().contains("Núñez") || refused.getCause().toString().contains("Núñez"), refused::toString);
        assertTrue(ProblemMappers.refusedData(new RuntimeException("commit failed", refused)), "maps to 422 data-refused");
    }

    @Test
    void shouldLetAnErrorWithoutSqlStateThroughAsItIsWhenTheCheckFailsOtherwise() {
        PersistenceException broken = new PersistenceException("session closed");
        constraints(broken).checkBeforeCommit();

        PersistenceException thrown = assertThrows(PersistenceException.class,
                () -> registry.synchronizations.getFirst().beforeCompletion());

        assertEquals(broken, thrown);
        assertFalse(ProblemMappers.refusedData(thrown));
    }

    /** A DeferredConstraints whose entity manager records its calls, and fails executeUpdate with the given error. */
    private DeferredConstraints constraints(PersistenceException failure) {
        Query query = (Query) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Query.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("executeUpdate")) {
                        statements.add("executeUpdate");
                        if (failure != null) {
                            throw failure;
                        }
                        return 0;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "unwrap" -> proxy;
                    case "flush" -> {
                        statements.add("flush");
                        yield null;
                    }
                    case "createNativeQuery" -> {
                        statements.add((String) args[0]);
                        yield query;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        DeferredConstraints constraints = new DeferredConstraints();
        constraints.em = em;
        constraints.transactions = registry;
        return constraints;
    }

    private static final class FakeRegistry implements TransactionSynchronizationRegistry {
        final List<Synchronization> synchronizations = new ArrayList<>();
        final Map<Object, Object> resources = new HashMap<>();
        int status = Status.STATUS_ACTIVE;

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
