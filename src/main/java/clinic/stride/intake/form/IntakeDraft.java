package clinic.stride.intake.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A half-filled intake form, found by the hash of the random token in the patient's draft cookie. Holds
 * the answers as typed, so the form shows them again exactly, mistakes included.
 */
@Entity
@Table(name = "intake_draft")
@NamedQuery(name = "IntakeDraft.deleteExpired", query = "delete from IntakeDraft d where d.expiresAt < :now")
public class IntakeDraft {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String answers;

    @Column(nullable = false, updatable = false)
    private boolean kiosk;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected IntakeDraft() {
    }

    IntakeDraft(String tokenHash, String answers, boolean kiosk, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.answers = answers;
        this.kiosk = kiosk;
        this.createdAt = now;
        this.updatedAt = now;
        this.expiresAt = expiresAt;
    }

    void update(String answers, Instant now, Instant expiresAt) {
        this.answers = answers;
        this.updatedAt = now;
        this.expiresAt = expiresAt;
    }

    String answers() {
        return answers;
    }

    boolean kiosk() {
        return kiosk;
    }

    boolean expiredAt(Instant now) {
        return expiresAt.isBefore(now);
    }
}
