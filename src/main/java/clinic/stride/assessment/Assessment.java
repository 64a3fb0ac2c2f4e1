package clinic.stride.assessment;

import java.util.List;

/**
 * What the knowledge base makes of one intake, for the clinician: warning signs first, then possible
 * causes (never a diagnosis) with the answers that point to them, then exercises and advice.
 *
 * @param knowledgeVersion  the knowledge base version it was made with
 * @param redFlags          warning signs, emergency first
 * @param possibleCauses    causes with at least one matching rule, highest score first
 * @param exercises         exercises for the top causes; empty when withheld
 * @param exercisesWithheld true when an urgent or emergency red flag means no exercises (and no self-care that
 *                          waits for a clinician) should be given until a clinician has seen the patient
 * @param advice            self-care and prevention advice that applies
 */
public record Assessment(String knowledgeVersion, List<RedFlagAlert> redFlags, List<PossibleCause> possibleCauses,
                         List<SuggestedExercise> exercises, boolean exercisesWithheld,
                         List<SuggestedAdvice> advice) {

    public Assessment {
        redFlags = List.copyOf(redFlags);
        possibleCauses = List.copyOf(possibleCauses);
        exercises = List.copyOf(exercises);
        advice = List.copyOf(advice);
    }

    public boolean hasEmergency() {
        return redFlags.stream().anyMatch(f -> f.urgency() == clinic.stride.knowledge.Urgency.EMERGENCY);
    }
}
