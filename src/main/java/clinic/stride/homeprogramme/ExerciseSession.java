package clinic.stride.homeprogramme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One home session a patient logged: written once, never changed (V21's trigger refuses it too). */
@Entity
@Immutable
@Table(name = "home_programme_session")
@NamedQuery(name = "ExerciseSession.forLinks",
        query = "select s from ExerciseSession s where s.linkId in :linkIds order by s.doneOn, s.id")
public class ExerciseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "link_id", nullable = false, updatable = false)
    private long linkId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "done_on", nullable = false, updatable = false)
    private LocalDate doneOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "exercise_ids", nullable = false, updatable = false)
    private String[] exerciseIds;

    @Column(name = "pain_during", updatable = false)
    private Integer painDuring;

    @Column(name = "pain_after", updatable = false)
    private Integer painAfter;

    @Column(updatable = false)
    private String note;

    protected ExerciseSession() {
    }

    ExerciseSession(HomeProgrammeLink link, LocalDate doneOn, Instant recordedAt, List<String> exerciseIds,
                    Integer painDuring, Integer painAfter, String note) {
        this.linkId = link.id();
        this.planId = link.planId();
        this.doneOn = doneOn;
        this.recordedAt = recordedAt;
        this.exerciseIds = exerciseIds.toArray(String[]::new);
        this.painDuring = painDuring;
        this.painAfter = painAfter;
        this.note = note;
    }

    public long linkId() {
        return linkId;
    }

    public long planId() {
        return planId;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public List<String> exerciseIds() {
        return List.of(exerciseIds);
    }

    public Integer painDuring() {
        return painDuring;
    }

    public Integer painAfter() {
        return painAfter;
    }

    public String note() {
        return note;
    }
}
