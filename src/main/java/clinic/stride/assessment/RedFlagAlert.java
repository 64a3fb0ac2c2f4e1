package clinic.stride.assessment;

import clinic.stride.knowledge.Citation;
import clinic.stride.knowledge.Urgency;

/** A warning sign present in the answers; {@code message} is the clinician's. */
public record RedFlagAlert(String id, Urgency urgency, String message, Citation citation) {
}
