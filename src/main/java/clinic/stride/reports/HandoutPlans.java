package clinic.stride.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** The stored handout plans: each new plan is a new row, the newest one of an intake is in force. */
@ApplicationScoped
@Transactional
public class HandoutPlans {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    public HandoutPlan store(HandoutPlan plan) {
        em.persist(plan);
        return plan;
    }

    /** One stored plan by its row id (a home programme link names the plan version it shows). */
    public Optional<HandoutPlan> find(long id) {
        return Optional.ofNullable(em.find(HandoutPlan.class, id));
    }

    public Optional<HandoutPlan> newestFor(UUID intakeId) {
        return em.createNamedQuery("HandoutPlan.newestForIntake", HandoutPlan.class)
                .setParameter("intakeId", intakeId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
