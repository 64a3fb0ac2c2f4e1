package clinic.stride.followup;

import clinic.stride.intake.RedFlagAnswers;
import clinic.stride.vocabulary.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored follow-up as the API shows it. {@code lefsScore} is null unless all 20 items were answered
 * ({@code lefsAnswered}); {@code redFlagLevel} 0 none, 1 soon, 2 urgent, 3 emergency, as on the intake; reviewed
 * by whom and when once a clinician has dealt with its warning signs.
 */
public record FollowUpView(UUID id, UUID intakeId, String clinicId, String instrumentVersion, Language language,
                           LocalDate answeredOn, Instant submittedAt, int painIntensity,
                           @clinic.stride.platform.NullableItems List<Integer> lefs,
                           int lefsAnswered, Integer lefsScore, Integer globalChange, RedFlagAnswers redFlags,
                           int redFlagLevel, List<String> redFlagIds, String reviewedBy, Instant reviewedAt) {
}
