package clinic.stride.assessment;

import clinic.stride.knowledge.Citation;

/** Advice that applies; the patient's language version is in the knowledge base under its id. */
public record SuggestedAdvice(String id, String title, String text, Citation citation) {
}
