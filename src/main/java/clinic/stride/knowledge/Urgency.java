package clinic.stride.knowledge;

import clinic.stride.vocabulary.Coded;

/** How soon a red flag needs a clinician, most urgent first (the order red flags are shown in). */
public enum Urgency implements Coded {
    /** Needs emergency care now. */
    EMERGENCY,
    /** Needs a clinician's attention today, before the plan is made. */
    URGENT,
    /** Needs follow-up with a clinician soon. */
    SOON;

    @Override
    public String toString() {
        return code();
    }
}
