package clinic.stride.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * An Idempotency-Key seen on POST /api/intakes, with a hash of the request it came with and the intake it
 * created. Claimed with INSERT ... ON CONFLICT, already naming the intake about to be created in the same
 * transaction (the reference is checked at commit, V8), so that two concurrent requests with the same key
 * queue on the row instead of creating two intakes, and the claim costs one statement.
 */
@Entity
@Table(name = "idempotency_key")
// The table named: a native statement without its spaces makes Hibernate treat every entity as changed by it.
@NamedNativeQuery(name = "IdempotencyKey.claim",
        hints = @QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "idempotency_key"),
        query = "insert into idempotency_key (key, request_hash, intake_id, created_at) values (?1, ?2, ?3, now()) "
                + "on conflict (key) do nothing")
public class IdempotencyKey {

    @Id
    private String key;

    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "intake_id", updatable = false)
    private UUID intakeId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyKey() {
    }

    public String requestHash() {
        return requestHash;
    }

    public UUID intakeId() {
        return intakeId;
    }
}
