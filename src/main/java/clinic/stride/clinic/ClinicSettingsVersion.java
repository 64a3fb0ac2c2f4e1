package clinic.stride.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One version of the clinic's details, as an admin stored it. Never updated: a change is a new version. */
@Entity
@Immutable
@Table(name = "clinic_settings")
@NamedQuery(name = "ClinicSettingsVersion.newest",
        query = "select s from ClinicSettingsVersion s order by s.version desc")
public class ClinicSettingsVersion {

    @Id
    private int version;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(updatable = false)
    private String address;

    @Column(updatable = false)
    private String phone;

    @Column(updatable = false)
    private byte[] logo;

    @Column(name = "logo_type", updatable = false)
    private String logoType;

    @Column(name = "default_language", nullable = false, updatable = false)
    private String defaultLanguage;

    @Column(name = "handout_footer", updatable = false)
    private String handoutFooter;

    @Column(name = "consent_text_en", updatable = false)
    private String consentTextEn;

    @Column(name = "consent_text_es", updatable = false)
    private String consentTextEs;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    protected ClinicSettingsVersion() {
    }

    ClinicSettingsVersion(int version, ClinicSettings settings, Instant changedAt, String changedBy) {
        this.version = version;
        this.name = settings.name();
        this.address = settings.address();
        this.phone = settings.phone();
        this.logo = settings.logo() == null ? null : settings.logo().content();
        this.logoType = settings.logo() == null ? null : settings.logo().type();
        this.defaultLanguage = settings.defaultLanguage().code();
        this.handoutFooter = settings.handoutFooter();
        this.consentTextEn = settings.consentTextEn();
        this.consentTextEs = settings.consentTextEs();
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    ClinicSettings settings() {
        return new ClinicSettings(version, name, address, phone,
                logo == null ? null : new ClinicLogo(logo, logoType), ClinicDetails.language(defaultLanguage),
                handoutFooter, consentTextEn, consentTextEs);
    }
}
