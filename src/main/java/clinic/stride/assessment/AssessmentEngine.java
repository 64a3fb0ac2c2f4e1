package clinic.stride.assessment;

import clinic.stride.intake.IntakeAnswers;
import clinic.stride.knowledge.Advice;
import clinic.stride.knowledge.Cause;
import clinic.stride.knowledge.Criterion;
import clinic.stride.knowledge.Exercise;
import clinic.stride.knowledge.IntakeView;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.knowledge.RedFlag;
import clinic.stride.knowledge.Rule;
import clinic.stride.knowledge.Urgency;
import clinic.stride.patient.Sex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Assesses intakes against one knowledge base. All conditions are compiled when the engine is made;
 * {@link #assess} only evaluates them, so it is fast and the engine can be shared between threads.
 */
public final class AssessmentEngine {

    /** Exercises are chosen for this many of the highest-ranked causes. */
    public static final int TOP_CAUSES_FOR_EXERCISES = 3;

    private static final Comparator<PossibleCause> RANKING =
            Comparator.comparingDouble(PossibleCause::score).reversed().thenComparing(PossibleCause::id);

    private final KnowledgeBase knowledge;
    private final List<Compiled<Rule>> rules;
    private final List<Compiled<RedFlag>> redFlags;
    private final List<Compiled<Advice>> advice;

    private record Compiled<T>(T item, Criterion when) {
    }

    public AssessmentEngine(KnowledgeBase knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.rules = knowledge.rules().stream().map(r -> new Compiled<>(r, Criterion.compile(r.when()))).toList();
        this.redFlags = knowledge.redFlags().stream()
                .map(f -> new Compiled<>(f, Criterion.compile(f.when())))
                // Emergency first; within one urgency, the order of red-flags.yaml (a stable sort).
                .sorted(Comparator.comparing(c -> c.item().urgency()))
                .toList();
        this.advice = knowledge.advice().stream()
                .map(a -> new Compiled<>(a, a.appliesToEveryone() ? null : Criterion.compile(a.when())))
                .toList();
    }

    public String knowledgeVersion() {
        return knowledge.version();
    }

    /**
     * Assesses one intake.
     *
     * @param answers  the visit's answers
     * @param ageYears the patient's age at the visit, in whole years
     * @param sex      the patient's recorded sex
     */
    public Assessment assess(IntakeAnswers answers, int ageYears, Sex sex) {
        return assess(IntakeView.of(answers, ageYears, sex));
    }

    /** Assesses answers already in the vocabulary the conditions are written in. */
    public Assessment assess(IntakeView view) {
        Predicate<Criterion> holds = Criterion.on(view);
        List<RedFlagAlert> alerts = new ArrayList<>();
        for (Compiled<RedFlag> flag : redFlags) {
            if (holds.test(flag.when())) {
                RedFlag f = flag.item();
                alerts.add(new RedFlagAlert(f.id(), f.urgency(), f.clinicianMessage(), f.citation()));
            }
        }

        Map<String, List<Rule>> matched = new LinkedHashMap<>();
        for (Compiled<Rule> rule : rules) {
            if (holds.test(rule.when())) {
                matched.computeIfAbsent(rule.item().cause(), id -> new ArrayList<>()).add(rule.item());
            }
        }
        List<PossibleCause> causes = new ArrayList<>(matched.size());
        matched.forEach((causeId, causeRules) -> causes.add(possibleCause(knowledge.cause(causeId), causeRules)));
        causes.sort(RANKING);

        // Issue 14: any urgent or emergency warning sign needs a clinician before a home programme; the
        // clinician's stored handout plan overrides (reports/Reports).
        boolean withheld = alerts.stream().anyMatch(a -> a.urgency() != Urgency.SOON);
        List<SuggestedExercise> exercises = withheld ? List.of() : exercisesFor(causes);

        List<SuggestedAdvice> adviceItems = new ArrayList<>();
        for (Compiled<Advice> item : advice) {
            if (withheld && item.item().waits()) {
                continue;
            }
            if (item.when() == null || holds.test(item.when())) {
                Advice a = item.item();
                adviceItems.add(new SuggestedAdvice(a.id(), a.title(), a.text(), a.citation()));
            }
        }
        return new Assessment(knowledge.version(), alerts, causes, exercises, withheld, adviceItems);
    }

    private static PossibleCause possibleCause(Cause cause, List<Rule> matched) {
        double score = 0;
        List<Reason> reasons = new ArrayList<>(matched.size());
        for (Rule rule : matched) {
            score += rule.weight();
            reasons.add(new Reason(rule.code(), rule.answer(), rule.reason(), rule.citation()));
        }
        // Weights are decimals such as 1.5; round away binary noise so that equal sums tie exactly.
        return new PossibleCause(cause.id(), cause.name(), Math.round(score * 100) / 100.0, reasons);
    }

    /**
     * Exercises serving the top causes, in the order of the causes and then of exercises.yaml, without
     * repeats. An exercise is left out when any listed cause is one it must be avoided for (e.g. press-ups
     * when extension may aggravate the back), even a lower-ranked one: when in doubt, leave it to the
     * clinician.
     */
    private List<SuggestedExercise> exercisesFor(List<PossibleCause> causes) {
        Set<String> listed = new HashSet<>();
        causes.forEach(c -> listed.add(c.id()));
        Set<Exercise> chosen = new LinkedHashSet<>();
        for (PossibleCause cause : causes.subList(0, Math.min(TOP_CAUSES_FOR_EXERCISES, causes.size()))) {
            for (Exercise exercise : knowledge.exercises()) {
                if (exercise.serves().contains(cause.id())
                        && exercise.avoidFor().stream().noneMatch(listed::contains)) {
                    chosen.add(exercise);
                }
            }
        }
        return chosen.stream().map(e -> new SuggestedExercise(e.id(), e.name(), e.dosage())).toList();
    }
}
