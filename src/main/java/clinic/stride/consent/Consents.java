package clinic.stride.consent;

import clinic.stride.clinic.ClinicDetails;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Records the consent a patient gave to an intake, and reads it back. An intake without a record was stored
 * without consent (sent without one, or before consent was asked): never refused, but shown as such. The record is
 * written by the submission, in its transaction: an intake and its consent are stored together or not at all.
 */
@ApplicationScoped
@Transactional
public class Consents {

    /** Where a patient can consent: the kiosk, an intake link at home, the clinic's form on a staff device, the API. */
    public static final Set<String> DEVICE_PATHS = Set.of("kiosk", "link", "clinic-form", "api");

    static final int MAX_NAME = 200;

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

    /**
     * Whether {@code name} can stand as a typed signature: at most 200 characters once stripped, no control
     * characters, and at least one letter in any script (a name of spaces, no-break spaces or dashes signs nothing).
     */
    public static boolean isSignature(String name) {
        if (name == null) {
            return false;
        }
        String stripped = name.strip();
        return stripped.length() <= MAX_NAME && stripped.chars().noneMatch(Character::isISOControl)
                && stripped.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * A consent that passed Bean Validation, checked by the domain: what it refuses, by field under {@code consent.}
     * (none when it can be recorded), and its drawing parsed once, for {@link #record} to store.
     */
    public record Checked(ConsentRequest given, Optional<DrawnSignature> drawn, List<Problem.FieldError> problems) {
    }

    /**
     * Checks a consent that passed Bean Validation: a name that signs nothing, a notice version this clinic never had
     * (versions run from 0, Stride's wording, to the one in force), or a drawing that is not path data is refused.
     */
    public Checked check(ConsentRequest consent) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (consent.signedName() != null && !isSignature(consent.signedName())) {
            errors.add(new Problem.FieldError("consent.signedName",
                    "type the patient's full name as their signature (letters, no control characters)"));
        }
        if (consent.noticeVersion() != null && consent.noticeVersion() > noticeVersion()) {
            errors.add(new Problem.FieldError("consent.noticeVersion",
                    "no such notice version: the clinic's notice in force is version " + noticeVersion()));
        }
        Optional<DrawnSignature> drawn = Optional.empty();
        try {
            drawn = DrawnSignature.parse(consent.drawnSignature());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("consent.drawnSignature",
                    "draw the signature again or leave it out: only M and L path commands inside the "
                            + DrawnSignature.WIDTH + " × " + DrawnSignature.HEIGHT + " box are kept"));
        }
        return new Checked(consent, drawn, List.copyOf(errors));
    }

    /**
     * Stores the consent to {@code intakeId} as the patient gave it on {@code devicePath}, with its drawing if any, in
     * the caller's transaction. The consent must have been checked without problems.
     */
    public ConsentRecord record(UUID intakeId, Checked consent, String devicePath) {
        ConsentRequest given = consent.given();
        if (!consent.problems().isEmpty() || !isSignature(given.signedName()) || !DEVICE_PATHS.contains(devicePath)) {
            throw new IllegalArgumentException("a consent needs a typed name, no problems and a known device path");
        }
        ConsentRecord recorded = new ConsentRecord(given.signedName().strip(), given.noticeVersion(),
                given.language(), devicePath, clock.instant());
        em.persist(new IntakeConsent(intakeId, recorded));
        consent.drawn().ifPresent(drawn -> em.persist(new IntakeConsentSignature(intakeId, drawn, recorded.consentedAt())));
        return recorded;
    }

    /** The consent given to {@code intakeId}, or empty when it was stored without one. */
    public Optional<ConsentRecord> of(UUID intakeId) {
        return Optional.ofNullable(em.find(IntakeConsent.class, intakeId)).map(IntakeConsent::record);
    }

    /** The consent status of {@code intakeId}: given, with its details, or none recorded. */
    public ConsentStatus statusOf(UUID intakeId) {
        return ConsentStatus.of(of(intakeId).orElse(null));
    }
}
