package clinic.stride.assessment;

import static clinic.stride.intake.IntakeAnswersBuilder.aPatient;

import clinic.stride.intake.Condition;
import clinic.stride.intake.FootwearType;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeAnswersBuilder;
import clinic.stride.intake.PainCharacter;
import clinic.stride.intake.PainRegion;
import clinic.stride.intake.PainTrigger;
import clinic.stride.intake.Relief;
import clinic.stride.intake.Side;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.patient.Sex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to assess one realistic intake (issue 3 target: under 0.2 ms). The engine and its compiled
 * conditions are made once, as in the application.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessmentEngineBenchmark {

    private AssessmentEngine engine;
    private IntakeAnswers answers;
    private int age;
    private Sex sex;

    @Setup
    public void setUp() {
        engine = new AssessmentEngine(KnowledgeBase.load());
        // A typical clinic patient: many answers filled in, several rules and advice items matching.
        IntakeAnswersBuilder patient = aPatient().aged(63).female()
                .withPain(PainRegion.OUTER_HIP, PainRegion.GROIN, PainRegion.LOWER_BACK).onSide(Side.RIGHT).rated(6)
                .startingGradually().forWeeks(10)
                .during(PainTrigger.DURING_WALKING, PainTrigger.AFTER_WALKING, PainTrigger.LYING_ON_SIDE, PainTrigger.STAIRS)
                .relievedBy(Relief.REST).feeling(PainCharacter.ACHE, PainCharacter.STIFFNESS)
                .measuring(164, 82).wearing(FootwearType.WALKING).shoesMonthsOld(18).wornOutShoes()
                .sittingHoursPerDay(7).slouching().walkingKmPerWeek(20).strengthTraining(false).warmingUp(false)
                .overPronating().diagnosedWith(Condition.OSTEOARTHRITIS).interferingWithDailyLife();
        answers = patient.build();
        age = patient.age();
        sex = patient.sex();
    }

    @Benchmark
    public Assessment assessOneIntake() {
        return engine.assess(answers, age, sex);
    }
}
