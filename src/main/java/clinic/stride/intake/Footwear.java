package clinic.stride.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The shoes the patient walks or runs in. 000_3ebeba4466c1ddca.txt: "Wearing inappropriate or worn-out
 * footwear while walking can lead to poor shock absorption".
 *
 * @param type       kind of shoe worn most
 * @param ageMonths  how old the shoes are
 * @param wornOut    the patient says the shoes are worn out
 * @param orthotics  wears insoles, orthotics or orthopedic shoes
 */
public record Footwear(
        FootwearType type,
        @Min(value = 0, message = "shoe age cannot be negative")
        @Max(value = 240, message = "shoe age must be at most 240 months") Integer ageMonths,
        Boolean wornOut,
        Boolean orthotics) {
}
