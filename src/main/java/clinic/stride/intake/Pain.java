package clinic.stride.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * Where, how much, since when, and in which situations it hurts.
 *
 * @param regions      body-map regions that hurt (at least one)
 * @param side         which side
 * @param intensity    NPRS 0–10 (see {@link PainScore})
 * @param onset        sudden or gradual
 * @param durationWeeks how long it has hurt, in weeks
 * @param when         situations that bring it on or make it worse
 * @param relievedBy   what eases it
 * @param character    what it feels like
 */
public record Pain(
        @NotEmpty(message = "choose at least one place that hurts") Set<PainRegion> regions,
        @NotNull(message = "say which side hurts") Side side,
        @NotNull(message = "give the pain a number from 0 to 10")
        @Min(value = PainScore.MIN, message = "pain must be between 0 and 10")
        @Max(value = PainScore.MAX, message = "pain must be between 0 and 10") Integer intensity,
        Onset onset,
        @Min(value = 0, message = "duration cannot be negative")
        @Max(value = 1040, message = "duration must be at most 1040 weeks (20 years)") Integer durationWeeks,
        Set<PainTrigger> when,
        Set<Relief> relievedBy,
        Set<PainCharacter> character) {

    public Pain {
        regions = Sets.copy(regions);
        when = Sets.copy(when);
        relievedBy = Sets.copy(relievedBy);
        character = Sets.copy(character);
    }

    public PainScore score() {
        return new PainScore(intensity);
    }
}
