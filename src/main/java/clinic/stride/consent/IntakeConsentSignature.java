package clinic.stride.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The row of the signature drawn with one intake's consent; written once, beside the consent, never changed. */
@Entity
@Immutable
@Table(name = "intake_consent_signature")
public class IntakeConsentSignature {

    @Id
    @Column(name = "intake_id")
    private UUID intakeId;

    @Column(name = "path_data", nullable = false, updatable = false)
    private String pathData;

    @Column(name = "drawn_at", nullable = false, updatable = false)
    private Instant drawnAt;

    protected IntakeConsentSignature() {
    }

    IntakeConsentSignature(UUID intakeId, DrawnSignature signature, Instant drawnAt) {
        this.intakeId = intakeId;
        this.pathData = signature.pathData();
        this.drawnAt = drawnAt;
    }

    DrawnSignature signature() {
        return DrawnSignature.stored(pathData);
    }
}
