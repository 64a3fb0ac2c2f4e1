package clinic.stride.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * The signatures patients drew beside their typed name on the consent step. Optional: most consents have none, and
 * the typed name is the signature that counts. Stored with the consent ({@link Consents#record}).
 */
@ApplicationScoped
@Transactional
public class ConsentSignatures {

    @PersistenceContext(unitName = "stride")
    EntityManager em;


    /** The signature drawn with the consent to {@code intakeId}, or empty when only a name was typed. */
    public Optional<DrawnSignature> of(UUID intakeId) {
        return Optional.ofNullable(em.find(IntakeConsentSignature.class, intakeId))
                .map(IntakeConsentSignature::signature);
    }
}
