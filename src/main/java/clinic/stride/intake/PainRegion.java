package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;

/** Where the patient feels the pain, as marked on the body map (regions named in the seed documents). */
public enum PainRegion implements Coded {
    OUTER_HIP,
    GROIN,
    BUTTOCK,
    LOWER_BACK,
    OUTER_THIGH,
    BACK_OF_LEG,
    KNEE,
    FOOT;

    @Override
    public String toString() {
        return code();
    }
}
