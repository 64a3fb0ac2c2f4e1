package clinic.stride.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Set;

/**
 * Everything about the patient's body, shoes, habits and history that the seed documents link to hip
 * and lower-back pain.
 *
 * @param pregnant pregnant now or gave birth in the last 6 months; asked only when the recorded sex is not
 *                 male (null: not asked). Pregnancy changes what advice is safe (no anti-inflammatory or
 *                 weight-loss advice), so the knowledge base reads it.
 */
public record Factors(
        @DecimalMin(value = "" + BodyHeight.MIN_CM, message = "height must be between 90 and 250 cm")
        @DecimalMax(value = "" + BodyHeight.MAX_CM, message = "height must be between 90 and 250 cm") Double heightCm,
        @DecimalMin(value = "" + BodyMass.MIN_KG, message = "weight must be between 20 and 350 kg")
        @DecimalMax(value = "" + BodyMass.MAX_KG, message = "weight must be between 20 and 350 kg") Double weightKg,
        @Valid Footwear footwear,
        @Valid Posture posture,
        @Valid LegLength legLength,
        @Valid Gait gait,
        @Valid Activity activity,
        @Valid PastInjuries pastInjuries,
        Set<Condition> conditions,
        Boolean pregnant) {

    public Factors {
        conditions = Sets.copy(conditions);
        // Missing sections are "not answered", never null, so rules and reports need no null checks.
        footwear = footwear != null ? footwear : new Footwear(null, null, null, null);
        posture = posture != null ? posture : new Posture(null, null, null);
        legLength = legLength != null ? legLength : new LegLength(null, null, null);
        gait = gait != null ? gait : new Gait(null, null, null, null);
        activity = activity != null ? activity : new Activity(null, null, null, null, null, null, null, null, null);
        pastInjuries = pastInjuries != null ? pastInjuries : new PastInjuries(null, null, null);
    }

    /** BMI when both height and weight were given. */
    public BodyMassIndex bmi() {
        if (heightCm == null || weightKg == null) {
            return null;
        }
        return BodyMassIndex.of(new BodyHeight(heightCm), new BodyMass(weightKg));
    }
}
