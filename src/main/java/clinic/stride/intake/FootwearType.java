package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;

/** The shoes the patient usually walks or runs in. */
public enum FootwearType implements Coded {
    RUNNING,
    WALKING,
    EVERYDAY,
    DRESS,
    HIGH_HEELS,
    SANDALS,
    WORK_BOOTS,
    MINIMALIST,
    ORTHOPEDIC,
    OTHER;

    @Override
    public String toString() {
        return code();
    }
}
