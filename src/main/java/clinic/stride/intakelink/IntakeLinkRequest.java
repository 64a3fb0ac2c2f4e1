package clinic.stride.intakelink;

import clinic.stride.vocabulary.Language;

/** Body of POST /api/patients/{clinicId}/intake-links, optional: the form's language (English when absent). */
public record IntakeLinkRequest(Language language) {
}
