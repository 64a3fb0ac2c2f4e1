package clinic.stride.patientlink;

import clinic.stride.vocabulary.Language;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A patient link that staff can revoke before it would close by itself; the first revocation stands. */
@MappedSuperclass
public abstract class RevocableLink extends IssuedLink {

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected RevocableLink() {
    }

    protected RevocableLink(String tokenHash, Language language, Instant createdAt, String createdBy) {
        super(tokenHash, language, createdAt, createdBy);
    }

    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
            this.revokedBy = by;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
