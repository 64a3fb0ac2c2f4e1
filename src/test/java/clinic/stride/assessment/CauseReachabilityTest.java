package clinic.stride.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import clinic.stride.knowledge.AnswerSheet;
import clinic.stride.knowledge.Cause;
import clinic.stride.knowledge.Criterion;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.knowledge.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cause must be reachable: an intake made from its own rules (every rule of the cause firing, and
 * as little else answered as possible) must rank it first. The intake is generated, not hand-written, so
 * the check keeps working when reviewers change rules and weights: a new rule that is dominated by
 * another cause's rules shows up here.
 */
class CauseReachabilityTest {

    /**
     * Causes that cannot rank first on their own evidence, and why. Empty today: keep it that way unless a
     * clinician decides a cause should only ever appear beside another.
     */
    private static final Map<String, String> ALLOWED_NOT_FIRST = Map.of();

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    private static final AssessmentEngine ENGINE = new AssessmentEngine(KNOWLEDGE);

    @TestFactory
    Stream<DynamicTest> shouldRankEachCauseFirstWhenIntakeIsMadeFromItsOwnRules() {
        return KNOWLEDGE.causes().stream().map(cause -> DynamicTest.dynamicTest(cause.id(), () -> {
            AnswerSheet intake = intakeFromRulesOf(cause);
            Assessment assessment = ENGINE.assess(intake.toView());
            assertFalse(assessment.possibleCauses().isEmpty(), "no cause at all for " + intake);
            PossibleCause top = assessment.possibleCauses().getFirst();
            if (ALLOWED_NOT_FIRST.containsKey(cause.id())) {
                return;
            }
            assertEquals(cause.id(), top.id(), () -> cause.id() + " is not first for an intake made from its "
                    + "own rules " + intake + "; ranking: " + ranking(assessment));
            if (assessment.possibleCauses().size() > 1) {
                assertTrue(top.score() > assessment.possibleCauses().get(1).score(),
                        () -> cause.id() + " only ties for first: " + ranking(assessment));
            }
        }));
    }

    @Test
    void shouldKeepAllowListToCausesThatExist() {
        ALLOWED_NOT_FIRST.keySet().forEach(KNOWLEDGE::cause);
        assertTrue(ALLOWED_NOT_FIRST.values().stream().noneMatch(String::isBlank), "each exception needs a reason");
    }

    /** Adds each rule's smallest firing example, skipping one that would stop an earlier rule firing. */
    static AnswerSheet intakeFromRulesOf(Cause cause) {
        AnswerSheet intake = AnswerSheet.empty();
        List<Criterion> firing = new ArrayList<>();
        for (Rule rule : KNOWLEDGE.rulesFor(cause.id())) {
            Criterion criterion = Criterion.compile(rule.when());
            AnswerSheet merged = merge(intake, smallestExample(criterion));
            List<Criterion> all = new ArrayList<>(firing);
            all.add(criterion);
            if (all.stream().allMatch(c -> c.test(merged.toView()))) {
                intake = merged;
                firing.add(criterion);
            }
        }
        if (firing.isEmpty()) {
            fail("no rule of " + cause.id() + " can fire on any generated intake");
        }
        return intake;
    }

    /** A sample on which the rule fires, then answers taken away one at a time while it still fires. */
    static AnswerSheet smallestExample(Criterion criterion) {
        AnswerSheet example = firstFiring(criterion);
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (String path : example.answeredPaths()) {
                AnswerSheet current = example;
                AnswerSheet.Entry entry = AnswerSheet.entry(path);
                List<AnswerSheet> candidates = new ArrayList<>();
                if (entry.kind() == AnswerSheet.Kind.CODES) {
                    current.codes(path).forEach(code -> candidates.add(current.withoutCode(path, (Enum<?>) code)));
                } else {
                    candidates.add(example.without(path));
                    if (entry.kind() == AnswerSheet.Kind.NUMBER) {
                        double value = ((Number) current.get(path)).doubleValue();
                        entry.levels().stream().filter(l -> l < value)
                                .forEach(l -> candidates.add(current.with(path, l)));
                    }
                }
                for (AnswerSheet candidate : candidates) {
                    if (criterion.test(candidate.toView())) {
                        example = candidate;
                        smaller = true;
                        break;
                    }
                }
                if (smaller) {
                    break;
                }
            }
        }
        return example;
    }

    private static AnswerSheet firstFiring(Criterion criterion) {
        if (criterion.test(AnswerSheet.full().toView())) {
            return AnswerSheet.full();
        }
        Random random = new Random(7);
        double[] densities = {0.5, 0.3, 0.7, 0.2, 0.9};
        for (int i = 0; i < 50_000; i++) {
            AnswerSheet sample = AnswerSheet.random(random, densities[i % densities.length]);
            if (criterion.test(sample.toView())) {
                return sample;
            }
        }
        throw new AssertionError("found no intake on which '" + criterion + "' is true");
    }

    /** Union of code sets; for the other answers the later example wins, numbers take the larger. */
    private static AnswerSheet merge(AnswerSheet base, AnswerSheet addition) {
        AnswerSheet merged = base;
        for (String path : addition.answeredPaths()) {
            Object value = addition.get(path);
            Object existing = base.get(path);
            if (value instanceof Set<?> codes) {
                Set<Object> union = new HashSet<>(base.codes(path));
                union.addAll(codes);
                merged = merged.with(path, Set.copyOf(union));
            } else if (value instanceof Number n && existing instanceof Number e) {
                merged = merged.with(path, Math.max(n.doubleValue(), e.doubleValue()));
            } else {
                merged = merged.with(path, value);
            }
        }
        return merged;
    }

    private static String ranking(Assessment assessment) {
        return assessment.possibleCauses().stream().map(c -> c.id() + "=" + c.score()).toList().toString();
    }
}
