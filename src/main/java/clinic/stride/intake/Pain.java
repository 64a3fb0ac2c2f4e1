package clinic.stride.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where, how much, since when, and in which situations it hurts.
 *
 * <p>A side per region: {@code leftRegions} and {@code rightRegions} say which of the regions hurt on which side (a
 * region in both hurts on both sides), so a right hip and a left lower back stay what they are. Both are optional: a
 * region in neither hurts on {@code side}, the one side for the whole answer that intakes had before. Regions given
 * only with a side are added to {@code regions}, and without {@code side} it is worked out from them ({@code both}
 * when the regions hurt on different sides), so {@code pain.side} stays what the knowledge rules read.
 *
 * <p>A duration as the patient gave it: {@code durationAmount} and {@code durationUnit} ("2 months") are shown as
 * given; {@code durationWeeks} is what the rules read, worked out from them when it is not sent.
 *
 * @param regions        body-map regions that hurt (at least one)
 * @param side           which side, for the regions without a side of their own
 * @param intensity      NPRS 0–10 (see {@link PainScore})
 * @param onset          sudden or gradual
 * @param durationWeeks  how long it has hurt, in weeks
 * @param when           situations that bring it on or make it worse
 * @param relievedBy     what eases it
 * @param character      what it feels like
 * @param leftRegions    the regions that hurt on the left (optional)
 * @param rightRegions   the regions that hurt on the right (optional)
 * @param durationAmount how long it has hurt, in {@code durationUnit} (optional)
 * @param durationUnit   the unit the patient gave the duration in (optional)
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
        Set<PainCharacter> character,
        Set<PainRegion> leftRegions,
        Set<PainRegion> rightRegions,
        @DecimalMin(value = "0", message = "duration cannot be negative")
        @DecimalMax(value = "7300", message = "duration must be at most 20 years") Double durationAmount,
        DurationUnit durationUnit) {

    public Pain {
        leftRegions = Sets.copy(leftRegions);
        rightRegions = Sets.copy(rightRegions);
        if (!leftRegions.isEmpty() || !rightRegions.isEmpty()) {
            Set<PainRegion> all = new LinkedHashSet<>(regions == null ? Set.of() : regions);
            all.addAll(leftRegions);
            all.addAll(rightRegions);
            regions = all;
            if (side == null && !all.contains(null)) {
                side = overallSide(all, leftRegions, rightRegions);
            }
        }
        regions = Sets.copy(regions);
        when = Sets.copy(when);
        relievedBy = Sets.copy(relievedBy);
        character = Sets.copy(character);
        if (durationWeeks == null && durationAmount != null && durationUnit != null && durationAmount >= 0
                && !durationAmount.isInfinite()) {
            durationWeeks = (int) Math.min(Integer.MAX_VALUE, durationUnit.toWeeks(durationAmount));
        }
    }

    /** One side for all regions, as intakes had before a side per region. */
    public Pain(Set<PainRegion> regions, Side side, Integer intensity, Onset onset, Integer durationWeeks,
                Set<PainTrigger> when, Set<Relief> relievedBy, Set<PainCharacter> character) {
        this(regions, side, intensity, onset, durationWeeks, when, relievedBy, character, null, null, null, null);
    }

    public PainScore score() {
        return new PainScore(intensity);
    }

    /** The side a region hurts on: its own when the patient gave one, else {@link #side}. */
    public Side sideOf(PainRegion region) {
        boolean left = leftRegions.contains(region);
        boolean right = rightRegions.contains(region);
        if (left && right) {
            return Side.BOTH;
        }
        return left ? Side.LEFT : right ? Side.RIGHT : side;
    }

    /** Whether any region has a side of its own. */
    public boolean hasSidePerRegion() {
        return !leftRegions.isEmpty() || !rightRegions.isEmpty();
    }

    private static Side overallSide(Set<PainRegion> regions, Set<PainRegion> left, Set<PainRegion> right) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (PainRegion region : regions) {
            boolean l = left.contains(region);
            boolean r = right.contains(region);
            if (l) {
                sides.add(Side.LEFT);
            }
            if (r) {
                sides.add(Side.RIGHT);
            }
        }
        return sides.size() == 1 ? sides.iterator().next() : Side.BOTH;
    }
}
