package clinic.stride.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where a piece of knowledge comes from. Two kinds:
 * <ul>
 *   <li>a seed document: a file listed in {@code sources.yaml} and a passage copied from it verbatim (the loader
 *       checks that the passage is really there); causes, rules, exercises and advice cite only seeds;</li>
 *   <li>clinic safety policy: a red flag the clinic must never miss may instead cite a published guideline
 *       ({@link SafetyPolicy}), because the seeds are patient-education articles, not a red-flag screen.</li>
 * </ul>
 *
 * @param source seed file name, or null for a safety-policy citation
 * @param quote  the seed passage, or null for a safety-policy citation (its quote, if any, is in the policy)
 * @param policy the guideline reference, or null for a seed citation
 */
public record Citation(String source, String quote, SafetyPolicy policy) {

    /** What the knowledge page, the summary and docs/knowledge.md call each kind. */
    public static final String SEED = "seed document";
    public static final String CLINIC_SAFETY_POLICY = "clinic safety policy";

    /** A seed citation. */
    public Citation(String source, String quote) {
        this(source, quote, null);
    }

    /** Derived, so not a field of the stored assessment's JSON (which is read back strictly). */
    @JsonIgnore
    public boolean isSafetyPolicy() {
        return policy != null;
    }

    /** {@value #SEED} or {@value #CLINIC_SAFETY_POLICY}. */
    public String kind() {
        return isSafetyPolicy() ? CLINIC_SAFETY_POLICY : SEED;
    }

    /** The words quoted, or null when there are none (a guideline cited without a quote). */
    public String quoted() {
        return isSafetyPolicy() ? policy.quote() : quote;
    }
}
