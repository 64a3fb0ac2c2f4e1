package clinic.stride.intake;

/** Body weight in kilograms. */
public record BodyMass(double kilograms) {

    public static final int MIN_KG = 20;
    public static final int MAX_KG = 350;

    public BodyMass {
        if (!(kilograms >= MIN_KG && kilograms <= MAX_KG)) {
            throw new IllegalArgumentException("weight must be between " + MIN_KG + " and " + MAX_KG + " kg");
        }
    }
}
