package clinic.stride.assessment;

import clinic.stride.intake.Intake;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeVersionSaved;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.patient.Sex;
import clinic.stride.platform.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Makes the assessment of every stored version of an intake, in the same transaction, and reads the stored
 * snapshots back. What a snapshot says never changes: a new knowledge version only affects new versions.
 */
@ApplicationScoped
public class Assessments {

    @Inject
    KnowledgeHolder knowledge;

    @Inject
    IntakeService intakes;

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    /** Observes every new version of an intake's answers (submission or amendment), before its rows are written. */
    void onVersionSaved(@Observes IntakeVersionSaved saved) {
        Intake intake = saved.intake();
        Assessment assessment = knowledge.engine().assess(saved.answers(), saved.ageYears(), intake.patient().sex());
        int level = redFlagLevel(assessment);
        saved.store(new AssessmentSnapshot(intake.id(), saved.version(), assessment.knowledgeVersion(), level,
                toJson(assessment), Instant.now()));
        intake.markAssessed(level, assessment.possibleCauses().stream().map(PossibleCause::id).toList());
    }

    /** The stored assessment of a version (the one in force when {@code version} is null). */
    @Transactional
    public Assessment of(UUID intakeId, Integer version) {
        Intake intake = intakes.find(intakeId).orElseThrow(() -> new IntakeNotFound(intakeId));
        int wanted = version == null ? intake.currentVersion() : version;
        AssessmentSnapshot snapshot = em.find(AssessmentSnapshot.class, new AssessmentSnapshot.Key(intakeId, wanted));
        if (snapshot == null) {
            throw new IntakeNotFound(intakeId, wanted);
        }
        return fromJson(snapshot.resultJson());
    }

    /** The assessment these answers would get, stored nowhere: for a page to react before the intake is sent. */
    public Assessment preview(IntakeAnswers answers, int ageYears, Sex sex) {
        return knowledge.engine().assess(answers, ageYears, sex);
    }

    public KnowledgeBase knowledgeBase() {
        return knowledge.base();
    }

    /** 0 none, 1 soon, 2 urgent, 3 emergency: the column the worklist sorts on. */
    static int redFlagLevel(Assessment assessment) {
        return assessment.redFlags().stream()
                .mapToInt(flag -> switch (flag.urgency()) {
                    case EMERGENCY -> 3;
                    case URGENT -> 2;
                    case SOON -> 1;
                })
                .max().orElse(0);
    }

    private static String toJson(Assessment assessment) {
        return Json.write(assessment);
    }

    private static Assessment fromJson(String json) {
        return Json.read(json, Assessment.class);
    }
}
