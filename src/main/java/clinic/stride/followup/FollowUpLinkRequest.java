package clinic.stride.followup;

import clinic.stride.vocabulary.Language;
import jakarta.validation.constraints.Future;
import java.time.LocalDate;

/**
 * Body of POST /api/intakes/{id}/follow-up-links, optional: the questionnaire's language (the intake's when
 * absent) and the last day the link works, e.g. the day of the follow-up visit (14 days from today when absent,
 * at most {@link FollowUps#LONGEST_VALIDITY_DAYS} days).
 */
public record FollowUpLinkRequest(Language language,
                                  @Future(message = "the link must work until a day after today") LocalDate validUntil) {
}
