package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;

/** What makes the pain better. */
public enum Relief implements Coded {
    REST,
    SITTING,
    LEANING_FORWARD,
    STOPPING_ACTIVITY,
    STRETCHING;

    @Override
    public String toString() {
        return code();
    }
}
