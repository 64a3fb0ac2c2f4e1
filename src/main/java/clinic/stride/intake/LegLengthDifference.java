package clinic.stride.intake;

/**
 * Difference in leg length in millimetres. 002_f57ca937c0174fd1.txt: "Even a small difference in leg
 * length can lead to compensatory movements in the pelvis and spine during walking".
 */
public record LegLengthDifference(int millimetres) {

    public static final int MIN_MM = 0;
    public static final int MAX_MM = 100;

    public LegLengthDifference {
        if (millimetres < MIN_MM || millimetres > MAX_MM) {
            throw new IllegalArgumentException("leg length difference must be between " + MIN_MM + " and " + MAX_MM + " mm");
        }
    }
}
