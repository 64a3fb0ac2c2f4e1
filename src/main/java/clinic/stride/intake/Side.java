package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;

/** Which side of the body hurts. */
public enum Side implements Coded {
    LEFT,
    RIGHT,
    BOTH;

    @Override
    public String toString() {
        return code();
    }
}
