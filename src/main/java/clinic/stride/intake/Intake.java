package clinic.stride.intake;

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
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One visit's intake. Its answers live in {@link IntakeVersion}s: the first as submitted, then one per
 * amendment. Nothing a patient or clinician entered is ever overwritten.
 */
@Entity
@Table(name = "intake")
@NamedQuery(name = "Intake.findByPatient",
        query = "select i from Intake i where i.patient = :patient order by i.visitDate desc, i.submittedAt desc, i.id desc")
@NamedQuery(name = "Intake.findByVisitDate",
        query = "select i from Intake i join fetch i.patient where i.visitDate = :day order by i.submittedAt, i.id")
@NamedQuery(name = "Intake.sameVisitDay", query = "select o.id from Intake i, Intake o where i.id = :id "
        + "and o.patient = i.patient and o.visitDate = i.visitDate and o.id <> i.id order by o.submittedAt, o.id")
// Staff linked two registrations as the same person: the intakes go to the survivor, and the patient they were
// registered for is kept beside them (the first one, should an intake move twice).
@NamedNativeQuery(name = "Intake.moveToPatient", query = "update intake set registered_patient_id = "
        + "coalesce(registered_patient_id, patient_id), patient_id = ?2 where patient_id = ?1")
public class Intake {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false)
    private Language language;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "pain_intensity", nullable = false)
    private int painIntensity;

    @Column(name = "red_flag_level", nullable = false)
    private int redFlagLevel;

    @Column(nullable = false, updatable = false)
    private String source;

    /** Possible causes of the version in force, highest first (from its assessment), for filtering. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cause_ids", nullable = false, columnDefinition = "text[]")
    private String[] causeIds = new String[0];

    protected Intake() {
    }

    public Intake(UUID id, Patient patient, IntakeAnswers answers, Instant submittedAt, String source) {
        this.id = id;
        this.patient = patient;
        this.submittedAt = submittedAt;
        this.source = source;
        this.currentVersion = 1;
        summarise(answers);
    }

    /** Points the intake at a new version; the old version row stays as it was. */
    public int amend(IntakeAnswers answers) {
        currentVersion++;
        summarise(answers);
        return currentVersion;
    }

    /** The columns the worklist sorts and filters on, taken from the version in force. */
    private void summarise(IntakeAnswers answers) {
        this.visitDate = answers.visitDate();
        this.language = answers.language();
        this.painIntensity = answers.pain().score().value();
    }

    /** Records what the assessment of the version in force found, for the worklist's sorting and filters. */
    public void markAssessed(int redFlagLevel, List<String> causeIds) {
        this.redFlagLevel = redFlagLevel;
        this.causeIds = causeIds.toArray(String[]::new);
    }

    public List<String> causeIds() {
        return List.of(causeIds);
    }

    public UUID id() {
        return id;
    }

    public Patient patient() {
        return patient;
    }

    public LocalDate visitDate() {
        return visitDate;
    }

    public Language language() {
        return language;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public int painIntensity() {
        return painIntensity;
    }

    public int redFlagLevel() {
        return redFlagLevel;
    }

    public String source() {
        return source;
    }
}
