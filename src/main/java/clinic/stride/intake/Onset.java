package clinic.stride.intake;

/** How the pain started. */
public enum Onset implements Coded {
    SUDDEN,
    GRADUAL;

    @Override
    public String toString() {
        return code();
    }
}
