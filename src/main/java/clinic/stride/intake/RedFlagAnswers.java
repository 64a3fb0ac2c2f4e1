package clinic.stride.intake;

/**
 * Answers to the warning-sign questions. Which of them need urgent care, and how urgently, is decided by
 * the knowledge base (002_f57ca937c0174fd1.txt, "When to Seek Professional Help", and the clinical safety
 * policy in red-flags.yaml), not here. Every answer is optional: null means the question was not asked,
 * which reports show as "not asked", never as "no".
 *
 * @param bladderBowelLoss              loss of bladder or bowel control
 * @param numbnessTinglingWeakness      numbness, tingling or weakness in a leg or foot
 * @param swellingRedness               swelling or redness
 * @param recentFallOrInjury            pain after a fall or injury
 * @param fever                         fever
 * @param severeOrWorsening             pain severe or getting worse
 * @param notImprovingWithRest          not better after a few days of rest
 * @param interferesWithDailyActivities gets in the way of daily life
 * @param saddleNumbness                numbness or tingling around the bottom, genitals or inner thighs
 * @param urinaryRetention              new difficulty passing urine, or cannot pass urine
 * @param bothLegs                      numbness, tingling or weakness in both legs
 * @param numbnessOrWeaknessWorsening   leg numbness or weakness that is new or getting worse
 * @param cannotBearWeight              cannot put weight on the leg, or cannot walk
 * @param cancerHistory                 has had cancer
 * @param unexplainedWeightLoss         weight loss without trying
 * @param immunosuppressed              medicines or illness that weaken the immune system (long-term steroids,
 *                                      chemotherapy, transplant or HIV medicines)
 */
public record RedFlagAnswers(
        Boolean bladderBowelLoss,
        Boolean numbnessTinglingWeakness,
        Boolean swellingRedness,
        Boolean recentFallOrInjury,
        Boolean fever,
        Boolean severeOrWorsening,
        Boolean notImprovingWithRest,
        Boolean interferesWithDailyActivities,
        Boolean saddleNumbness,
        Boolean urinaryRetention,
        Boolean bothLegs,
        Boolean numbnessOrWeaknessWorsening,
        Boolean cannotBearWeight,
        Boolean cancerHistory,
        Boolean unexplainedWeightLoss,
        Boolean immunosuppressed) {

    /** Every question asked and answered "no". */
    public static RedFlagAnswers none() {
        return new RedFlagAnswers(false, false, false, false, false, false, false, false,
                false, false, false, false, false, false, false, false);
    }

    /** Nothing asked. */
    public static RedFlagAnswers notAsked() {
        return new RedFlagAnswers(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
