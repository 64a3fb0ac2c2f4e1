package clinic.stride.followup;

import clinic.stride.vocabulary.Language;
import java.time.Instant;

/** What the follow-up page needs to greet the patient: first name, language, expiry. Nothing else about them. */
public record FollowUpForm(String givenName, Language language, Instant expiresAt) {
}
