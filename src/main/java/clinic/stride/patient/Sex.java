package clinic.stride.patient;

import clinic.stride.vocabulary.Coded;

/** Sex as recorded by the clinic. */
public enum Sex implements Coded {
    FEMALE, MALE, OTHER, UNKNOWN;

    @Override
    public String toString() {
        return code();
    }
}
