package clinic.stride.intake;

/**
 * Answers to the warning-sign questions. Which of them need urgent care, and how urgently, is decided by
 * the knowledge base (002_f57ca937c0174fd1.txt, "When to Seek Professional Help"), not here.
 */
public record RedFlagAnswers(
        Boolean bladderBowelLoss,
        Boolean numbnessTinglingWeakness,
        Boolean swellingRedness,
        Boolean recentFallOrInjury,
        Boolean fever,
        Boolean severeOrWorsening,
        Boolean notImprovingWithRest,
        Boolean interferesWithDailyActivities) {

    public static RedFlagAnswers none() {
        return new RedFlagAnswers(false, false, false, false, false, false, false, false);
    }
}
