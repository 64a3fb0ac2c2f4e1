package clinic.stride.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.patient.LikelyDuplicate;
import clinic.stride.patient.Patient;
import clinic.stride.patient.PatientDetails;
import clinic.stride.patient.PatientRegistry;
import clinic.stride.patient.Sex;
import clinic.stride.testsupport.OwnDatabase;
import clinic.stride.testsupport.SecondLane;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Stride's named native queries, called as Stride calls them, plan once and then reuse Hibernate's cached plan. Two
 * ways of declaring or calling them made Hibernate 7.4 plan again on every call (and put a new entry in its bounded
 * plan cache each time, pushing out the worklist's plans): an entity result class (Hibernate adds the entity's table
 * to the query's spaces while planning, so the stored key never equals the next call's) and a named query created
 * without a result class (its result mapping equals no other). Hibernate over a database of this test's own,
 * migrated by db-migrations, outside Payara: the plan cache is not visible from outside the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(SecondLane.LOCK)
class NativeQueryPlansIT {

    private EntityManagerFactory factory;
    private Statistics statistics;

    @BeforeAll
    void migrateAnOwnDatabaseAndStartHibernate() throws SQLException {
        OwnDatabase database = OwnDatabase.beside("plans");
        database.recreate();
        Flyway.configure().dataSource(database.url(), OwnDatabase.user(), OwnDatabase.password())
                .locations("filesystem:db-migrations").load().migrate();
        factory = new HibernatePersistenceConfiguration("plans")
                .managedClasses(Patient.class, DuplicateDecision.class)
                .jdbcUrl(database.url())
                .jdbcCredentials(OwnDatabase.user(), OwnDatabase.password())
                .property("hibernate.jdbc.time_zone", "UTC")
                .property("hibernate.generate_statistics", "true")
                .createEntityManagerFactory();
        statistics = factory.unwrap(SessionFactoryImplementor.class).getStatistics();
    }

    @AfterAll
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void shouldPlanEachNativeQueryOfRegistrationAndDuplicatesOnceAndReuseThePlanAfterwards() {
        LocalDate born = LocalDate.of(1941, 3, 9);
        // The first round plans every query; the second, with other patients, must find every plan cached.
        oneRound(born, "PLAN-1", "María José", "Núñez-Ávila");
        statistics.clear();
        oneRound(born, "PLAN-3", "Zoë", "O’Connor");
        assertEquals(0, statistics.getQueryPlanCacheMissCount(),
                "native queries planned again: " + List.of(statistics.getQueries()));
        assertTrue(statistics.getQueryPlanCacheHitCount() >= 6,
                "every query of the round found its plan: " + statistics.getQueryPlanCacheHitCount());
    }

    /**
     * Two registrations of one person under two clinic ids (each new; the first clinic id again is not), then what
     * the front desk and its worklist ask.
     */
    private void oneRound(LocalDate born, String clinicId, String givenName, String familyName) {
        String otherClinicId = clinicId + "b";
        inTransaction(em -> {
            PatientRegistry registry = registry(em);
            PatientDetails first = new PatientDetails(clinicId, givenName, familyName, born, Sex.FEMALE, null, null);
            assertTrue(registry.findOrRegister(first).isNew(), "registered by this call");
            assertTrue(registry.findOrRegister(new PatientDetails(otherClinicId, givenName, familyName, born, Sex.FEMALE,
                    null, null)).isNew(), "another clinic id for the same person is a new registration");
            assertFalse(registry.findOrRegister(first).isNew(), "on file already, if only since this transaction");
        });
        inTransaction(em -> {
            Duplicates duplicates = duplicates(em);
            assertEquals(List.of(clinicId), duplicates.of(otherClinicId).stream().map(LikelyDuplicate::clinicId).toList());
            Duplicates.Review review = duplicates.review(clinicId);
            assertEquals(givenName, review.patient().givenName());
            assertEquals(1, review.candidates().size(), review::toString);
            assertEquals(Set.of(clinicId, otherClinicId), duplicates.withCandidates(List.of(clinicId, otherClinicId)));
            duplicates.decide(clinicId, otherClinicId, Decision.DIFFERENT_PERSON, "frontdesk");
            assertTrue(duplicates.of(clinicId).isEmpty(), "a decided pair is not raised again");
        });
    }

    private void inTransaction(Consumer<EntityManager> work) {
        try (EntityManager em = factory.createEntityManager()) {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        }
    }

    private static PatientRegistry registry(EntityManager em) {
        PatientRegistry registry = new PatientRegistry();
        inject(registry, "em", em);
        return registry;
    }

    private static Duplicates duplicates(EntityManager em) {
        Duplicates duplicates = new Duplicates();
        duplicates.em = em;
        duplicates.patients = registry(em);
        return duplicates;
    }

    // PatientRegistry's persistence context is package-private to clinic.stride.patient, as CDI needs it.
    private static void inject(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
