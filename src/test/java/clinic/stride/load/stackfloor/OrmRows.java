package clinic.stride.load.stackfloor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The rows of {@link FloorRows#store} written through Hibernate ORM as Stride writes them: the idempotency claim and
 * the patient as native statements, the intake, its first version and its assessment as entities, inserted by the
 * flush at commit with Stride's persistence settings (stack-floor-persistence.xml). Hibernate is part of the fixed
 * stack, so this is the stack's floor with its ORM; the difference to {@link FloorRows} is what Hibernate costs.
 */
@ApplicationScoped
public class OrmRows {

    @PersistenceContext(unitName = "floor")
    EntityManager em;

    @Transactional
    public UUID store(String key, String answers, String result) {
        UUID intakeId = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO idempotency_key (key, request_hash, intake_id, created_at) "
                        + "VALUES (?1, repeat('0', 64), ?2, now()) ON CONFLICT (key) DO NOTHING")
                .setParameter(1, "orm-" + key).setParameter(2, intakeId).executeUpdate();
        long patientId = ((Number) em.createNativeQuery("INSERT INTO patient (clinic_id, given_name, family_name, "
                        + "birth_date, sex) VALUES ('PGB-' || gen_random_uuid(), ?1, ?2, DATE '1971-05-04', 'female') "
                        + "ON CONFLICT (clinic_id) DO NOTHING RETURNING id")
                .setParameter(1, "Ana").setParameter(2, "Garcia").getSingleResult()).longValue();
        Instant now = Instant.now();
        em.persist(new Intake(intakeId, patientId, now));
        em.persist(new Version(intakeId, answers, now));
        em.persist(new Assessment(intakeId, result, now));
        return intakeId;
    }

    @Entity(name = "FloorIntake")
    @Table(name = "intake")
    public static class Intake {
        @Id
        UUID id;
        @Column(name = "patient_id")
        long patientId;
        @Column(name = "visit_date")
        LocalDate visitDate;
        String language = "en";
        @Column(name = "submitted_at")
        Instant submittedAt;
        @Column(name = "current_version")
        int currentVersion = 1;
        @Column(name = "pain_intensity")
        int painIntensity = 6;
        String source = "api";
        @Column(name = "red_flag_level")
        int redFlagLevel = 1;
        @JdbcTypeCode(SqlTypes.ARRAY)
        @Column(name = "cause_ids", columnDefinition = "text[]")
        String[] causeIds = {"trochanteric-bursitis", "incorrect-footwear"};

        protected Intake() {
        }

        Intake(UUID id, long patientId, Instant now) {
            this.id = id;
            this.patientId = patientId;
            this.visitDate = LocalDate.now();
            this.submittedAt = now;
        }
    }

    public record Key(UUID intakeId, int version) {
    }

    @Entity(name = "FloorVersion")
    @Table(name = "intake_version")
    @IdClass(Key.class)
    public static class Version {
        @Id
        @Column(name = "intake_id")
        UUID intakeId;
        @Id
        int version = 1;
        @JdbcTypeCode(SqlTypes.JSON)
        @Column(columnDefinition = "jsonb")
        String answers;
        String reason;
        @Column(name = "created_at")
        Instant createdAt;
        @Column(name = "created_by")
        String createdBy = "clinician";

        protected Version() {
        }

        Version(UUID intakeId, String answers, Instant now) {
            this.intakeId = intakeId;
            this.answers = answers;
            this.createdAt = now;
        }
    }

    @Entity(name = "FloorAssessment")
    @Table(name = "assessment")
    @IdClass(Key.class)
    public static class Assessment {
        @Id
        @Column(name = "intake_id")
        UUID intakeId;
        @Id
        int version = 1;
        @Column(name = "knowledge_version")
        String knowledgeVersion = "1.0+orm-floor";
        @Column(name = "red_flag_level")
        int redFlagLevel = 1;
        @JdbcTypeCode(SqlTypes.JSON)
        @Column(columnDefinition = "jsonb")
        String result;
        @Column(name = "created_at")
        Instant createdAt;

        protected Assessment() {
        }

        Assessment(UUID intakeId, String result, Instant now) {
            this.intakeId = intakeId;
            this.result = result;
            this.createdAt = now;
        }
    }
}
