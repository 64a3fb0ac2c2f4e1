package clinic.stride.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The safety net under the red flags: answers that must raise an emergency whatever else is answered. The
 * knowledge base is refused at start-up ({@link KnowledgeValidator}) when one of them raises none.
 */
final class EmergencySafetyNet {

    private EmergencySafetyNet() {
    }

    /**
     * Answers that must always raise an emergency, whatever else is answered (issue 14, the clinic's safety policy:
     * red-flags.yaml): loss of bladder or bowel control (002_f57ca937c0174fd1.txt: "Loss of bowel or bladder control
     * (a medical emergency)."), the other cauda equina signs, a possibly septic joint, and a fall the patient cannot
     * stand on after. Each entry: what it is, in the words of the refusal, and the answers.
     */
    static final Map<String, Map<String, Object>> EMERGENCY_ANSWERS = emergencyAnswers();

    private static Map<String, Map<String, Object>> emergencyAnswers() {
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        answers.put("loss of bladder or bowel control (redFlags.bladderBowelLoss)",
                Map.of("redFlags.bladderBowelLoss", Boolean.TRUE));
        answers.put("difficulty passing urine (redFlags.urinaryRetention)",
                Map.of("redFlags.urinaryRetention", Boolean.TRUE));
        answers.put("saddle numbness (redFlags.saddleNumbness)", Map.of("redFlags.saddleNumbness", Boolean.TRUE));
        answers.put("numbness or weakness in both legs (redFlags.bothLegs)", Map.of("redFlags.bothLegs", Boolean.TRUE));
        answers.put("swelling or redness with fever", Map.of("redFlags.swellingRedness", Boolean.TRUE,
                "redFlags.fever", Boolean.TRUE));
        answers.put("fever with a weakened immune system", Map.of("redFlags.fever", Boolean.TRUE,
                "redFlags.immunosuppressed", Boolean.TRUE));
        answers.put("a fall with inability to bear weight", Map.of("redFlags.recentFallOrInjury", Boolean.TRUE,
                "redFlags.cannotBearWeight", Boolean.TRUE));
        return java.util.Collections.unmodifiableMap(answers);
    }

    /**
     * One sentence per emergency answer that no emergency red flag catches, with the other answers it was tried with:
     * every answer above, on an empty sheet, a full one and {@code samples} random ones.
     */
    static List<String> check(KnowledgeBase knowledge, Map<String, Criterion> criteria, Random random, int samples) {
        List<String> misses = new ArrayList<>();
        List<Criterion> emergencies = new ArrayList<>();
        knowledge.redFlags().forEach(flag -> {
            if (flag != null && flag.urgency() == Urgency.EMERGENCY && criteria.containsKey(flag.id())) {
                emergencies.add(criteria.get(flag.id()));
            }
        });
        List<AnswerSheet> sheets = new ArrayList<>(List.of(AnswerSheet.empty(), AnswerSheet.full()));
        for (int i = 0; i < samples; i++) {
            sheets.add(AnswerSheet.random(random, 0.5));
        }
        for (Map.Entry<String, Map<String, Object>> answer : EMERGENCY_ANSWERS.entrySet()) {
            for (AnswerSheet sheet : sheets) {
                AnswerSheet with = sheet;
                for (Map.Entry<String, Object> a : answer.getValue().entrySet()) {
                    with = with.with(a.getKey(), a.getValue());
                }
                IntakeView view = with.toView();
                if (emergencies.stream().noneMatch(c -> safeTest(c, view))) {
                    misses.add("no emergency red flag fires for " + answer.getKey() + " with these other answers: " + sheet);
                    break;
                }
            }
        }
        return misses;
    }

    private static boolean safeTest(Criterion criterion, IntakeView view) {
        try {
            return criterion.test(view);
        } catch (InvalidCriterionException e) {
            return false; // already reported against the red flag itself
        }
    }
}
