package clinic.stride.consent;

import clinic.stride.vocabulary.Language;
import clinic.stride.vocabulary.LanguageConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The row of one intake's consent; written once, with the intake, never changed. */
@Entity
@Immutable
@Table(name = "intake_consent")
public class IntakeConsent {

    @Id
    @Column(name = "intake_id")
    private UUID intakeId;

    @Column(name = "notice_version", nullable = false, updatable = false)
    private int noticeVersion;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false, updatable = false)
    private Language language;

    @Column(name = "signed_name", nullable = false, updatable = false)
    private String signedName;

    @Column(name = "device_path", nullable = false, updatable = false)
    private String devicePath;

    @Column(name = "consented_at", nullable = false, updatable = false)
    private Instant consentedAt;

    protected IntakeConsent() {
    }

    IntakeConsent(UUID intakeId, ConsentRecord consent) {
        this.intakeId = intakeId;
        this.noticeVersion = consent.noticeVersion();
        this.language = consent.language();
        this.signedName = consent.signedName();
        this.devicePath = consent.devicePath();
        this.consentedAt = consent.consentedAt();
    }

    ConsentRecord record() {
        return new ConsentRecord(signedName, noticeVersion, language, devicePath, consentedAt);
    }
}
