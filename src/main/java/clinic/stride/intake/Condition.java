package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;

/** Medical conditions the patient has been told they have. */
public enum Condition implements Coded {
    OSTEOARTHRITIS,
    OSTEOPOROSIS,
    HIP_DYSPLASIA,
    FIBROMYALGIA,
    LUPUS,
    GOUT,
    SPINAL_CONDITION,
    PELVIC_GYNECOLOGICAL;

    @Override
    public String toString() {
        return code();
    }
}
