package clinic.stride.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The signatures patients drew beside their typed name on the consent step. Optional: most consents have none, and
 * the typed name is the signature that counts. Stored only for an intake whose consent is stored.
 */
@ApplicationScoped
@Transactional
public class ConsentSignatures {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Stores the signature drawn with the consent to {@code intakeId} (recorded first, {@link Consents#record}). */
    public void store(UUID intakeId, DrawnSignature signature) {
        em.persist(new IntakeConsentSignature(intakeId, signature, clock.instant()));
    }

    /** The signature drawn with the consent to {@code intakeId}, or empty when only a name was typed. */
    public Optional<DrawnSignature> of(UUID intakeId) {
        return Optional.ofNullable(em.find(IntakeConsentSignature.class, intakeId))
                .map(IntakeConsentSignature::signature);
    }
}
