package clinic.stride.reports;

import clinic.stride.platform.Json;
import clinic.stride.vocabulary.Language;
import clinic.stride.vocabulary.LanguageConverter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The exercises and dosage a clinician chose for a patient's handout. Written once, never updated: the newest plan of
 * an intake is the one in force, and it reprints the same handout every time.
 */
@Entity
@Immutable
@Table(name = "handout_plan")
@NamedQuery(name = "HandoutPlan.newestForIntake",
        query = "select p from HandoutPlan p where p.intakeId = :intakeId order by p.createdAt desc, p.id desc")
public class HandoutPlan {

    private static final TypeReference<List<PlannedExercise>> EXERCISES = new TypeReference<>() {
    };

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "intake_id", nullable = false, updatable = false)
    private UUID intakeId;

    @Column(name = "intake_version", nullable = false, updatable = false)
    private int intakeVersion;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false, updatable = false)
    private Language language;

    @Column(name = "large_print", nullable = false, updatable = false)
    private boolean largePrint;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String exercises;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected HandoutPlan() {
    }

    HandoutPlan(UUID intakeId, int intakeVersion, Language language, boolean largePrint,
                List<PlannedExercise> exercises, Instant createdAt, String createdBy) {
        this.intakeId = intakeId;
        this.intakeVersion = intakeVersion;
        this.language = language;
        this.largePrint = largePrint;
        this.exercises = toJson(exercises);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The row id: the plan's version, which a home programme link and its sessions name. */
    public long id() {
        return id;
    }

    public UUID intakeId() {
        return intakeId;
    }

    /** The intake version in force when the plan was made. */
    public int intakeVersion() {
        return intakeVersion;
    }

    public Language language() {
        return language;
    }

    public boolean largePrint() {
        return largePrint;
    }

    public List<PlannedExercise> exercises() {
        try {
            return List.copyOf(Json.mapper().readValue(exercises, EXERCISES));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    private static String toJson(List<PlannedExercise> exercises) {
        try {
            return Json.mapper().writeValueAsString(exercises);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
