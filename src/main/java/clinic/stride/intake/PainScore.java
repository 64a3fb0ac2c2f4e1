package clinic.stride.intake;

/** Pain intensity on the Numeric Pain Rating Scale (NPRS): 0 is no pain, 10 the worst imaginable. */
public record PainScore(int value) {

    public static final int MIN = 0;
    public static final int MAX = 10;

    public PainScore {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("pain intensity must be between " + MIN + " and " + MAX);
        }
    }

    /** Severe pain on the NPRS is 7 or more. */
    public boolean isSevere() {
        return value >= 7;
    }
}
