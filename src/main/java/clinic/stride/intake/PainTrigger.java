package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;

/** When the pain comes on or gets worse. */
public enum PainTrigger implements Coded {
    DURING_WALKING,
    AFTER_WALKING,
    DURING_RUNNING,
    AFTER_RUNNING,
    AT_REST,
    LYING_ON_SIDE,
    STAIRS,
    GETTING_UP,
    GETTING_OUT_OF_CAR,
    NIGHT,
    SITTING,
    STANDING,
    LIFTING_LEG,
    PIVOTING,
    BENDING_BACKWARD;

    @Override
    public String toString() {
        return code();
    }
}
