package clinic.stride.assessment;

import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeService;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.patient.Sex;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.platform.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Assesses the answers of every stored version of an intake, stores the assessment in the same transaction
 * ({@link clinic.stride.intake.IntakeSubmissions}), and reads the stored snapshots back. What a snapshot says never changes: a new knowledge version only affects new versions.
 */
@ApplicationScoped
public class Assessments {

    @Inject
    KnowledgeHolder knowledge;

    @Inject
    IntakeService intakes;

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    /** The assessment of these answers by the knowledge in force. */
    public Assessment assess(IntakeAnswers answers, int ageYears, Sex sex) {
        return knowledge.engine().assess(answers, ageYears, sex);
    }

    /**
     * Stores the assessment of one version of an intake, as it was made; the version's row must be stored
     * first (in the same transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID intakeId, int version, Assessment assessment) {
        em.persist(new AssessmentSnapshot(intakeId, version, assessment.knowledgeVersion(), redFlagLevel(assessment),
                toJson(assessment), Instant.now()));
    }

    /** The stored assessment of a version (the one in force when {@code version} is null). */
    @Transactional
    public Assessment of(UUID intakeId, Integer version) {
        int wanted = version == null ? intakes.currentVersion(intakeId) : version;
        AssessmentSnapshot snapshot = em.find(AssessmentSnapshot.class, new AssessmentSnapshot.Key(intakeId, wanted));
        if (snapshot == null) {
            throw new IntakeNotFound(intakeId, wanted);
        }
        return fromJson(snapshot.resultJson());
    }

    /** The assessment these answers would get, stored nowhere: for a page to react before the intake is sent. */
    public Assessment preview(IntakeAnswers answers, int ageYears, Sex sex) {
        return assess(answers, ageYears, sex);
    }

    public KnowledgeBase knowledgeBase() {
        return knowledge.base();
    }

    /** 0 none, 1 soon, 2 urgent, 3 emergency: the column the worklist sorts on. */
    public static int redFlagLevel(Assessment assessment) {
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
