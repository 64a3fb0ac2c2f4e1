package clinic.stride.demo;

import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.IntakeSubmissions;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads {@link DemoPatients} at start-up when {@code stride.demo.patients=true} (environment
 * {@code STRIDE_DEMO_PATIENTS=true}) and the database has no patients yet. Never touches a database that
 * already holds patients.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "stride.demo.patients", defaultValue = "false")
    boolean enabled;

    @Inject
    IntakeSubmissions submissions;

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        long patients = em.createQuery("select count(p) from Patient p", Long.class).getSingleResult();
        if (patients > 0) {
            LOG.info("Demo patients not loaded: the database already has patients");
            return;
        }
        List<IntakeRequest> visits = DemoPatients.visits(LocalDate.now(ZoneId.systemDefault()));
        for (IntakeRequest visit : visits) {
            submissions.submit(visit, null, "demo", "demo");
        }
        LOG.info(() -> "Loaded " + visits.size() + " demo intakes");
    }
}
