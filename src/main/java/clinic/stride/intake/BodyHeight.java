package clinic.stride.intake;

/** Standing height in centimetres; the range covers adults and older children seen in a clinic. */
public record BodyHeight(double centimetres) {

    public static final int MIN_CM = 90;
    public static final int MAX_CM = 250;

    public BodyHeight {
        if (!(centimetres >= MIN_CM && centimetres <= MAX_CM)) {
            throw new IllegalArgumentException("height must be between " + MIN_CM + " and " + MAX_CM + " cm");
        }
    }

    public double metres() {
        return centimetres / 100.0;
    }
}
