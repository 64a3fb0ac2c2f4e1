package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;

/** How the pain started. */
public enum Onset implements Coded {
    SUDDEN,
    GRADUAL;

    @Override
    public String toString() {
        return code();
    }
}
