package clinic.stride.followup;

import clinic.stride.patient.Patient;
import clinic.stride.vocabulary.Language;
import clinic.stride.vocabulary.LanguageConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One answered follow-up questionnaire, stored once with its instrument version and never changed (V22). */
@Entity
@Table(name = "follow_up")
@NamedQuery(name = "FollowUp.ofPatient", query = "select f from FollowUp f where f.patient.id = :patientId order by f.answeredOn, f.submittedAt")
@NamedQuery(name = "FollowUp.ofIntake", query = "select f from FollowUp f where f.intakeId = :intakeId order by f.answeredOn, f.submittedAt")
public class FollowUp {

    @Id
    private UUID id;

    @Column(name = "link_id", updatable = false)
    private Long linkId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Column(name = "intake_id", nullable = false, updatable = false)
    private UUID intakeId;

    @Column(name = "instrument_version", nullable = false, updatable = false)
    private String instrumentVersion;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false, updatable = false)
    private Language language;

    @Column(name = "answered_on", nullable = false, updatable = false)
    private LocalDate answeredOn;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "pain_intensity", nullable = false, updatable = false)
    private short painIntensity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lefs_items", nullable = false, updatable = false, columnDefinition = "smallint[]")
    private Short[] lefsItems;

    @Column(name = "lefs_answered", nullable = false, updatable = false)
    private short lefsAnswered;

    @Column(name = "lefs_score", updatable = false)
    private Short lefsScore;

    @Column(name = "global_change", updatable = false)
    private Short globalChange;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "red_flags", nullable = false, updatable = false, columnDefinition = "jsonb")
    private String redFlags;

    @Column(name = "red_flag_level", nullable = false, updatable = false)
    private short redFlagLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "red_flag_ids", nullable = false, updatable = false, columnDefinition = "text[]")
    private String[] redFlagIds;

    @Column(name = "reviewed_by", insertable = false, updatable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", insertable = false, updatable = false)
    private Instant reviewedAt;

    protected FollowUp() {
    }

    FollowUp(UUID id, Long linkId, Patient patient, UUID intakeId, String instrumentVersion, Language language,
             LocalDate answeredOn, Instant submittedAt, String submittedBy, int painIntensity, Short[] lefsItems,
             int lefsAnswered, Integer lefsScore, Integer globalChange, String redFlagsJson, int redFlagLevel,
             String[] redFlagIds) {
        this.id = id;
        this.linkId = linkId;
        this.patient = patient;
        this.intakeId = intakeId;
        this.instrumentVersion = instrumentVersion;
        this.language = language;
        this.answeredOn = answeredOn;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.painIntensity = (short) painIntensity;
        this.lefsItems = lefsItems.clone();
        this.lefsAnswered = (short) lefsAnswered;
        this.lefsScore = lefsScore == null ? null : lefsScore.shortValue();
        this.globalChange = globalChange == null ? null : globalChange.shortValue();
        this.redFlags = redFlagsJson;
        this.redFlagLevel = (short) redFlagLevel;
        this.redFlagIds = redFlagIds.clone();
    }

    public UUID id() {
        return id;
    }

    public Patient patient() {
        return patient;
    }

    public UUID intakeId() {
        return intakeId;
    }

    public String instrumentVersion() {
        return instrumentVersion;
    }

    public Language language() {
        return language;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public int painIntensity() {
        return painIntensity;
    }

    public java.util.List<Integer> lefsItems() {
        return java.util.Arrays.stream(lefsItems).map(s -> s == null ? null : (Integer) s.intValue()).toList();
    }

    public int lefsAnswered() {
        return lefsAnswered;
    }

    public Integer lefsScore() {
        return lefsScore == null ? null : lefsScore.intValue();
    }

    public Integer globalChange() {
        return globalChange == null ? null : globalChange.intValue();
    }

    String redFlagsJson() {
        return redFlags;
    }

    public int redFlagLevel() {
        return redFlagLevel;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public java.util.List<String> redFlagIds() {
        return java.util.List.of(redFlagIds);
    }
}
