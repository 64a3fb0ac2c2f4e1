package clinic.stride.clinic;

import clinic.stride.vocabulary.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's details in force, and changing them. Until an admin stores a version the environment's defaults
 * apply ({@code STRIDE_CLINIC_NAME}, {@code _ADDRESS}, {@code _PHONE}, {@code _LANGUAGE}, {@code _HANDOUT_FOOTER});
 * every change is a new version, the earlier ones stay in the table.
 */
@ApplicationScoped
@Transactional
public class ClinicDetails {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "stride.clinic.name", defaultValue = "Stride Clinic")
    String defaultName;

    @Inject
    @ConfigProperty(name = "stride.clinic.address")
    Optional<String> defaultAddress;

    @Inject
    @ConfigProperty(name = "stride.clinic.phone")
    Optional<String> defaultPhone;

    @Inject
    @ConfigProperty(name = "stride.clinic.language", defaultValue = "en")
    String defaultLanguage;

    @Inject
    @ConfigProperty(name = "stride.clinic.handout.footer")
    Optional<String> defaultFooter;

    Clock clock = Clock.systemUTC();

    /** The newest stored version, or the environment's defaults (version 0). */
    public ClinicSettings current() {
        List<ClinicSettingsVersion> newest = em.createNamedQuery("ClinicSettingsVersion.newest",
                ClinicSettingsVersion.class).setMaxResults(1).getResultList();
        if (!newest.isEmpty()) {
            return newest.get(0).settings();
        }
        return new ClinicSettings(0, defaultName.strip().isEmpty() ? "Stride Clinic" : defaultName.strip(),
                blank(defaultAddress.orElse(null)), blank(defaultPhone.orElse(null)), null, language(defaultLanguage),
                blank(defaultFooter.orElse(null)),
                null, null);
    }

    /**
     * Stores {@code request} as the next version; {@code logo} null keeps the current logo, {@code removeLogo}
     * drops it. Refuses every bad field at once ({@link SettingsInvalid}).
     */
    public ClinicSettings change(ClinicSettingsRequest request, ClinicLogo logo, boolean removeLogo, String who) {
        Set<ConstraintViolation<ClinicSettingsRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new SettingsInvalid(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> new SettingsRefused(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
        ClinicSettings now = current();
        ClinicLogo kept = removeLogo ? null : logo != null ? logo : now.logo();
        ClinicSettings next = new ClinicSettings(now.version() + 1, request.name().strip(), blank(request.address()),
                blank(request.phone()), kept, language(request.defaultLanguage()), blank(request.handoutFooter()),
                blank(request.consentTextEn()), blank(request.consentTextEs()));
        // Two admins saving at once: the second insert of the same version fails on the primary key, nothing is lost.
        em.persist(new ClinicSettingsVersion(next.version(), next, clock.instant(), who));
        em.flush();
        return next;
    }

    /** The logo stored with settings version {@code version}, or empty when that version has none or does not exist. */
    public Optional<ClinicLogo> logoOf(int version) {
        return Optional.ofNullable(em.find(ClinicSettingsVersion.class, version))
                .map(ClinicSettingsVersion::settings).map(ClinicSettings::logo);
    }

    static Language language(String code) {
        return "es".equals(code == null ? null : code.strip().toLowerCase(Locale.ROOT)) ? Language.ES : Language.EN;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
