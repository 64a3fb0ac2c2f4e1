package clinic.stride.assessment;

import clinic.stride.knowledge.Citation;

/**
 * Why a cause is listed: the rule that matched, the answer it matched, the reason in plain words, and the
 * seed passage behind it.
 */
public record Reason(String rule, String answer, String text, Citation citation) {
}
