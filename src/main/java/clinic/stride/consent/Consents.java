package clinic.stride.consent;

import clinic.stride.clinic.ClinicDetails;
import clinic.stride.vocabulary.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Records the consent a patient gave to an intake, and reads it back. An intake without a record was stored
 * without consent (through the API, or before consent was asked): never refused, but shown as such.
 */
@ApplicationScoped
@Transactional
public class Consents {

    /** Where a patient can consent: the kiosk, an intake link at home, the clinic's form on a staff device. */
    public static final Set<String> DEVICE_PATHS = Set.of("kiosk", "link", "clinic-form");

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Inject
    ClinicDetails clinic;

    Clock clock = Clock.systemUTC();

    /** The clinic's notice version in force: the one a patient reads now. */
    public int noticeVersion() {
        return clinic.current().version();
    }

    /** The clinic's own consent text in {@code language}, or empty for Stride's wording. */
    public Optional<String> clinicNotice(Language language) {
        return Optional.ofNullable(clinic.current().consentText(language));
    }

    /** Stores the consent to {@code intakeId} as the patient gave it on {@code devicePath}. */
    public ConsentRecord record(UUID intakeId, String signedName, int noticeVersion, Language language,
                                String devicePath) {
        if (signedName == null || signedName.isBlank() || !DEVICE_PATHS.contains(devicePath)) {
            throw new IllegalArgumentException("a consent needs a typed name and a known device path");
        }
        ConsentRecord consent = new ConsentRecord(signedName.strip(), noticeVersion, language, devicePath,
                clock.instant());
        em.persist(new IntakeConsent(intakeId, consent));
        return consent;
    }

    /** The consent given to {@code intakeId}, or empty when it was stored without one. */
    public Optional<ConsentRecord> of(UUID intakeId) {
        return Optional.ofNullable(em.find(IntakeConsent.class, intakeId)).map(IntakeConsent::record);
    }
}
