package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Body mass index (kg/m²) with the WHO adult category. Derived, never entered. */
public record BodyMassIndex(double value) {

    public static BodyMassIndex of(BodyHeight height, BodyMass mass) {
        double bmi = mass.kilograms() / (height.metres() * height.metres());
        return new BodyMassIndex(BigDecimal.valueOf(bmi).setScale(1, RoundingMode.HALF_UP).doubleValue());
    }

    /** WHO categories for adults. */
    public Category category() {
        if (value < 18.5) {
            return Category.UNDERWEIGHT;
        } else if (value < 25) {
            return Category.NORMAL;
        } else if (value < 30) {
            return Category.OVERWEIGHT;
        }
        return Category.OBESE;
    }

    public enum Category implements Coded {
        UNDERWEIGHT, NORMAL, OVERWEIGHT, OBESE;

        @Override
        public String toString() {
            return code();
        }
    }
}
