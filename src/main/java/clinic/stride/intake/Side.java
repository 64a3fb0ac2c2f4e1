package clinic.stride.intake;

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
