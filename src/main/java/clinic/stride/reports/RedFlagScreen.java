package clinic.stride.reports;

import clinic.stride.intake.Factors;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.RedFlagAnswers;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.knowledge.RedFlag;
import clinic.stride.patient.Sex;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every warning-sign question of the intake, in the order the form asks them, with the clinician's short label
 * and the key of the patient's statement in {@code reports/copy} ({@code told.fever}). The summary prints the
 * whole screen, "no" and "not asked" included, so a negative screen is visible and no answer is ever dropped.
 */
final class RedFlagScreen {

    /** One question: its answer path, the clinician's label, and how to read it from the answers. */
    record Question(String path, String label, Function<IntakeAnswers, Boolean> answer) {

        /** The handout copy key of the patient's own statement, {@code told.saddleNumbness}. */
        String toldKey() {
            return "told." + path.substring(path.lastIndexOf('.') + 1);
        }
    }

    /** What the patient answered: yes, no, or not asked (null in the intake). */
    enum Answer {
        YES("yes"), NO("no"), NOT_ASKED("not asked");

        private final String words;

        Answer(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }

        static Answer of(Boolean answer) {
            return answer == null ? NOT_ASKED : answer ? YES : NO;
        }
    }

    static final Question PREGNANT = new Question("factors.pregnant", "Pregnant or birth in last 6 months",
            a -> factors(a).pregnant());

    static final List<Question> QUESTIONS = List.of(
            flag("bladderBowelLoss", "Loss of bladder or bowel control", RedFlagAnswers::bladderBowelLoss),
            flag("urinaryRetention", "Difficulty passing urine (retention)", RedFlagAnswers::urinaryRetention),
            flag("saddleNumbness", "Saddle numbness or tingling", RedFlagAnswers::saddleNumbness),
            flag("bothLegs", "Numbness or weakness in both legs", RedFlagAnswers::bothLegs),
            flag("numbnessTinglingWeakness", "Numbness, tingling, weakness leg/foot",
                    RedFlagAnswers::numbnessTinglingWeakness),
            flag("numbnessOrWeaknessWorsening", "Leg numbness/weakness new or worse",
                    RedFlagAnswers::numbnessOrWeaknessWorsening),
            flag("swellingRedness", "Swelling, redness or warmth", RedFlagAnswers::swellingRedness),
            flag("fever", "Fever or feeling hot and unwell", RedFlagAnswers::fever),
            flag("recentFallOrInjury", "Pain after a fall or injury", RedFlagAnswers::recentFallOrInjury),
            flag("cannotBearWeight", "Cannot bear weight or walk", RedFlagAnswers::cannotBearWeight),
            flag("cancerHistory", "History of cancer", RedFlagAnswers::cancerHistory),
            flag("unexplainedWeightLoss", "Unexplained weight loss", RedFlagAnswers::unexplainedWeightLoss),
            flag("immunosuppressed", "Immunosuppressed (drugs or illness)",
                    RedFlagAnswers::immunosuppressed),
            flag("severeOrWorsening", "Pain severe or getting worse", RedFlagAnswers::severeOrWorsening),
            flag("notImprovingWithRest", "Not improving with rest", RedFlagAnswers::notImprovingWithRest),
            flag("interferesWithDailyActivities", "Stops usual daily activities",
                    RedFlagAnswers::interferesWithDailyActivities));

    private RedFlagScreen() {
    }

    /** The pregnancy answer in words; for a male patient the question is not asked, and the summary says why. */
    /**
     * The summary's screen as (question, answer words) rows: the warning-sign questions, any other question the
     * catalogue puts in the screen, then pregnancy.
     */
    static List<String[]> rows(ClinicianSummary summary, IntakeForm form, JsonNode answers) {
        List<String[]> rows = new ArrayList<>();
        for (Question question : QUESTIONS) {
            rows.add(new String[] {question.label(), Answer.of(question.answer().apply(summary.answers())).words()});
        }
        rows.addAll(SummaryAnswers.rows(form, answers, SummaryAnswers.Part.RED_FLAG_SCREEN));
        rows.add(new String[] {PREGNANT.label(), pregnancyWords(summary.answers(), summary.patient().sex())});
        return rows;
    }

    static String pregnancyWords(IntakeAnswers answers, Sex sex) {
        Answer answer = Answer.of(PREGNANT.answer().apply(answers));
        return answer == Answer.NOT_ASKED && sex == Sex.MALE ? "not asked (male)" : answer.words();
    }

    /** The questions the patient answered "yes", in screen order, pregnancy last. */
    static List<Question> answeredYes(IntakeAnswers answers) {
        return java.util.stream.Stream.concat(QUESTIONS.stream(), java.util.stream.Stream.of(PREGNANT))
                .filter(q -> Answer.of(q.answer().apply(answers)) == Answer.YES)
                .toList();
    }

    /**
     * The statements ({@code told.*} keys) that no fired warning sign already tells in its own message: a flag whose
     * condition reads the answer ({@code when: redFlags.fever and ...}) says it better, so the handout does not say
     * it twice. What no flag reads yet (fever, cancer, pregnancy while no rule uses them) is still told.
     */
    static List<String> notToldByFlags(List<String> toldKeys, List<RedFlag> fired) {
        return toldKeys.stream().filter(key -> {
            String path = java.util.stream.Stream.concat(QUESTIONS.stream(), java.util.stream.Stream.of(PREGNANT))
                    .filter(q -> q.toldKey().equals(key)).map(Question::path).findFirst().orElse(null);
            if (path == null) {
                return true;
            }
            java.util.regex.Pattern reads = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(path) + "\\b");
            return fired.stream().noneMatch(flag -> reads.matcher(flag.when()).find());
        }).toList();
    }

    private static Question flag(String name, String label, Function<RedFlagAnswers, Boolean> read) {
        return new Question("redFlags." + name, label, a -> a.redFlags() == null ? null : read.apply(a.redFlags()));
    }

    private static Factors factors(IntakeAnswers answers) {
        return answers.factors() != null ? answers.factors()
                : new Factors(null, null, null, null, null, null, null, null, null, null);
    }
}
