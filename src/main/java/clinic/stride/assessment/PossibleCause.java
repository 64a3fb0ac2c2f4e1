package clinic.stride.assessment;

import java.util.List;

/**
 * A cause worth considering, with the sum of the weights of its matching rules and why each matched.
 *
 * @param id      cause id in the knowledge base
 * @param name    English name, for the clinician
 * @param score   sum of the weights of the matching rules
 * @param reasons one per matching rule, in the order of rules.yaml
 */
public record PossibleCause(String id, String name, double score, List<Reason> reasons) {

    public PossibleCause {
        reasons = List.copyOf(reasons);
    }
}
