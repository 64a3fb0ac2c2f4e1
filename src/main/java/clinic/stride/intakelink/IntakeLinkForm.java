package clinic.stride.intakelink;

import clinic.stride.vocabulary.Language;
import java.time.Instant;

/**
 * What an open link shows before the patient fills in the form: their first name, to greet them, and the
 * form's language. Nothing else about the patient leaves the server through a link.
 */
public record IntakeLinkForm(String givenName, Language language, Instant expiresAt) {
}
