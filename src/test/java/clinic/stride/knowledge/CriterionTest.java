package clinic.stride.knowledge;

import static clinic.stride.intake.IntakeAnswersBuilder.aPatient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.IntakeAnswersBuilder;
import clinic.stride.intake.PainRegion;
import clinic.stride.intake.PainTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CriterionTest {

    private static IntakeView view(IntakeAnswersBuilder patient) {
        return IntakeView.of(patient.build(), patient.age(), patient.sex());
    }

    private static final IntakeView BURSITIS = view(aPatient().aged(58).female()
            .withPain(PainRegion.OUTER_HIP).during(PainTrigger.LYING_ON_SIDE, PainTrigger.STAIRS)
            .measuring(165, 82).wornOutShoes());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pain.regions.contains('outer_hip')                           | true
            pain.regions.contains('groin')                               | false
            pain.when.containsAny('stairs', 'pivoting')                  | true
            pain.when.containsAll('stairs', 'pivoting')                  | false
            pain.regions.size() == 1                                     | true
            pain.character.isEmpty()                                     | true
            pain.side.is('right')                                        | true
            pain.onset.isAnswered()                                      | false
            sex.is('female') and age >= 50                               | true
            bmi >= 30                                                    | true
            factors.footwear.wornOut                                     | true
            factors.footwear.orthotics                                   | false
            factors.activity.runner                                      | false
            factors.legLength.differenceMm > 0                           | false
            redFlags.fever                                               | false
            """)
    void shouldEvaluateConditionWhenWrittenInAnswerVocabulary(String condition, boolean expected) {
        assertEquals(expected, Criterion.compile(condition).test(BURSITIS));
    }

    /** What the safety rules need to say (issue 14): the guideline red-flag screen, pregnancy, night and rest pain. */
    private static final IntakeView OLDER_WOMAN_WITH_CANCER_HISTORY = view(aPatient().aged(68).female()
            .withPain(PainRegion.LOWER_BACK).startingSuddenly().forWeeks(6)
            .during(PainTrigger.NIGHT, PainTrigger.AT_REST, PainTrigger.GETTING_UP)
            .afterCancer().losingWeightWithoutTrying().withSaddleNumbness().unableToPassUrine()
            .withSymptomsInBothLegs().withNewOrWorseningNumbnessOrWeakness().unableToBearWeight().immunosuppressed()
            .pregnant(false));

    private static final IntakeView PREGNANT_WOMAN = view(aPatient().aged(31).female()
            .withPain(PainRegion.BUTTOCK).pregnant(true));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            redFlags.saddleNumbness                                          | true
            redFlags.urinaryRetention                                        | true
            redFlags.bothLegs                                                | true
            redFlags.numbnessOrWeaknessWorsening                             | true
            redFlags.cannotBearWeight                                        | true
            redFlags.cancerHistory and pain.regions.contains('lower_back')   | true
            redFlags.unexplainedWeightLoss                                   | true
            redFlags.immunosuppressed                                        | true
            redFlags.fever                                                   | false
            factors.pregnant                                                 | false
            age >= 50 and pain.when.containsAny('night', 'at_rest')          | true
            pain.when.contains('getting_up')                                 | true
            pain.durationWeeks >= 6 and pain.onset.is('sudden')              | true
            pain.onset.is('gradual')                                         | false
            sex.is('female') and not sex.is('male')                          | true
            """)
    void shouldEvaluateSafetyScreenWhenConditionUsesIt(String condition, boolean expected) {
        assertEquals(expected, Criterion.compile(condition).test(OLDER_WOMAN_WITH_CANCER_HISTORY));
    }

    @Test
    void shouldReadPregnancyWhenAnsweredAndNewRedFlagsAsFalseWhenNotAsked() {
        assertTrue(Criterion.compile("factors.pregnant and sex.is('female')").test(PREGNANT_WOMAN));
        assertFalse(Criterion.compile("factors.pregnant").test(BURSITIS));
        IntakeView empty = AnswerSheet.empty().toView();
        for (String flag : new String[] {"saddleNumbness", "urinaryRetention", "bothLegs", "numbnessOrWeaknessWorsening",
                "cannotBearWeight", "cancerHistory", "unexplainedWeightLoss", "immunosuppressed"}) {
            assertFalse(Criterion.compile("redFlags." + flag).test(empty), flag);
            assertTrue(Criterion.compile("redFlags." + flag).test(AnswerSheet.empty().with("redFlags." + flag, true).toView()), flag);
        }
    }

    /**
     * An assessment tests all its conditions through one EL context ({@link Criterion#on}); each must still give its
     * own verdict, the same as alone, whatever was tested before it, a refused condition included.
     */
    @Test
    void shouldGiveEachConditionItsOwnVerdictWhenManyShareOneContext() {
        KnowledgeBase knowledge = KnowledgeBase.load();
        List<Criterion> conditions = new ArrayList<>();
        knowledge.redFlags().forEach(flag -> conditions.add(Criterion.compile(flag.when())));
        knowledge.rules().forEach(rule -> conditions.add(Criterion.compile(rule.when())));
        Criterion refused = Criterion.compile("factors.shoes.wornOut");
        Random random = new Random(7);
        int held = 0;
        for (int sample = 0; sample < 40; sample++) {
            IntakeView view = AnswerSheet.random(random, 0.5).toView();
            Predicate<Criterion> shared = Criterion.on(view);
            for (Criterion condition : conditions) {
                boolean alone = condition.test(view);
                assertEquals(alone, shared.test(condition), condition + " on sample " + sample);
                held += alone ? 1 : 0;
                assertThrows(InvalidCriterionException.class, () -> shared.test(refused));
            }
        }
        assertTrue(held > 0 && held < 40 * conditions.size(), "the samples make some conditions hold and others not");
    }

    @Test
    void shouldReadUnansweredAsFalseZeroOrEmptyWhenNothingIsAnswered() {
        IntakeView empty = AnswerSheet.empty().toView();
        assertFalse(Criterion.compile("factors.gait.limp").test(empty));
        assertTrue(Criterion.compile("bmi == 0 and pain.durationWeeks == 0").test(empty));
        assertTrue(Criterion.compile("pain.regions.isEmpty() and not factors.footwear.type.isAnswered()").test(empty));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pain.regions.contains('outer_hipp')     | 'outer_hipp' is not an answer code of pain.regions
            pain.side.is('leftt')                   | 'leftt' is not an answer code of pain.side
            pian.intensity >= 3                     | unknown variable 'pian'
            factors.shoes.wornOut                   | 'factors' has no answer 'shoes'
            pain.regions.stream()                   | pain.regions has no method 'stream'
            sex.toString() == ''                    | compare answer codes with .is('code')
            pain.intensity                          | instead of true or false
            """)
    void shouldRefuseConditionWhenItLeavesTheVocabulary(String condition, String message) {
        InvalidCriterionException e = assertThrows(InvalidCriterionException.class,
                () -> Criterion.compile(condition).test(BURSITIS));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    /** Conditions are data; they must not reach Java beyond the answers (no EL injection through a file). */
    @ParameterizedTest
    @ValueSource(strings = {
            "''.getClass().getName() != null",
            "pain.getClass() != null",
            "Runtime.getRuntime() != null",
            "fn:length(pain.regions) > 0",
            "(pain.intensity = 3) == 3",
    })
    void shouldRefuseConditionWhenItReachesBeyondTheAnswers(String condition) {
        assertThrows(InvalidCriterionException.class, () -> Criterion.compile(condition).test(BURSITIS));
    }

    @Test
    void shouldRefuseConditionWhenItCarriesItsOwnDelimiters() {
        assertThrows(InvalidCriterionException.class, () -> Criterion.compile("${factors.gait.limp}"));
        assertThrows(InvalidCriterionException.class, () -> Criterion.compile(" "));
    }

    @Test
    void shouldReadEachRegionsOwnSideWhenTheRegionsHurtOnDifferentSides() {
        clinic.stride.intake.IntakeAnswers base = aPatient().withPain(PainRegion.OUTER_HIP).build();
        clinic.stride.intake.Pain perRegion = new clinic.stride.intake.Pain(null, null, 5, null, null, null, null, null,
                java.util.Set.of(PainRegion.LOWER_BACK), java.util.Set.of(PainRegion.OUTER_HIP), null, null);
        IntakeView view = IntakeView.of(new clinic.stride.intake.IntakeAnswers(base.visitDate(), base.language(), perRegion,
                base.factors(), base.redFlags()), 40, clinic.stride.patient.Sex.FEMALE);

        assertTrue(Criterion.compile("pain.rightRegions.contains('outer_hip') and pain.leftRegions.contains('lower_back')").test(view));
        assertFalse(Criterion.compile("pain.leftRegions.contains('outer_hip') or pain.rightRegions.contains('lower_back')").test(view));
        assertTrue(Criterion.compile("pain.side.is('both')").test(view), "one side for the answer: both sides hurt");
        // An intake with one side: every region on it.
        assertTrue(Criterion.compile("pain.rightRegions.contains('outer_hip') and pain.leftRegions.isEmpty()").test(BURSITIS));
    }
}
