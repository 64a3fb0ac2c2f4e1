package clinic.stride.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The assessment of one version of an intake, stored as it was made. Written once, never updated. */
@Entity
@Immutable
@Table(name = "assessment")
@IdClass(AssessmentSnapshot.Key.class)
public class AssessmentSnapshot {

    @Id
    @Column(name = "intake_id")
    private UUID intakeId;

    @Id
    private int version;

    @Column(name = "knowledge_version", nullable = false)
    private String knowledgeVersion;

    @Column(name = "red_flag_level", nullable = false)
    private int redFlagLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String result;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AssessmentSnapshot() {
    }

    AssessmentSnapshot(UUID intakeId, int version, String knowledgeVersion, int redFlagLevel, String resultJson, Instant createdAt) {
        this.intakeId = intakeId;
        this.version = version;
        this.knowledgeVersion = knowledgeVersion;
        this.redFlagLevel = redFlagLevel;
        this.result = resultJson;
        this.createdAt = createdAt;
    }

    String resultJson() {
        return result;
    }

    /** Composite key (intake, version). */
    public record Key(UUID intakeId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
