package clinic.stride.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Immutable;
import org.hibernate.type.SqlTypes;

/** One version of an intake's answers, as submitted or as amended. Written once, never updated. */
@Entity
@Immutable
@Table(name = "intake_version")
@IdClass(IntakeVersion.Key.class)
@NamedQuery(name = "IntakeVersion.findByIntake",
        query = "select v from IntakeVersion v where v.intakeId = :intakeId order by v.version")
public class IntakeVersion {

    @Id
    @Column(name = "intake_id")
    private UUID intakeId;

    @Id
    private int version;

    /** The answers as JSON (jsonb), written with the API's own mapper so they read back identically. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String answers;

    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected IntakeVersion() {
    }

    public IntakeVersion(UUID intakeId, int version, String answersJson, String reason, Instant createdAt, String createdBy) {
        this.intakeId = intakeId;
        this.version = version;
        this.answers = answersJson;
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public int version() {
        return version;
    }

    public String answersJson() {
        return answers;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    /** Composite key (intake, version). */
    public record Key(UUID intakeId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
