package clinic.stride.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import clinic.stride.testsupport.BadFields;
import clinic.stride.platform.Json;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PainTest {

    @Test
    void shouldGiveEveryRegionTheOneSideWhenNoRegionHasASideOfItsOwn() {
        Pain pain = new Pain(Set.of(PainRegion.OUTER_HIP, PainRegion.GROIN), Side.RIGHT, 5, null, 8, null, null, null);

        assertEquals(Side.RIGHT, pain.sideOf(PainRegion.OUTER_HIP));
        assertEquals(Side.RIGHT, pain.sideOf(PainRegion.GROIN));
        assertFalse(pain.hasSidePerRegion());
    }

    @Test
    void shouldWorkOutRegionsAndOneSideWhenOnlyTheSidesPerRegionAreSent() throws Exception {
        Pain pain = Json.mapper().readValue("""
                {"leftRegions": ["lower_back"], "rightRegions": ["outer_hip"], "intensity": 5,
                 "durationAmount": 3, "durationUnit": "days"}""", Pain.class);

        assertEquals(Set.of(PainRegion.LOWER_BACK, PainRegion.OUTER_HIP), pain.regions());
        assertEquals(Side.BOTH, pain.side());
        assertEquals(Side.LEFT, pain.sideOf(PainRegion.LOWER_BACK));
        assertEquals(Side.RIGHT, pain.sideOf(PainRegion.OUTER_HIP));
        assertEquals(0, pain.durationWeeks(), "3 days is less than a week");
    }

    @Test
    void shouldKeepOneSideWhenEveryRegionHurtsOnTheSameSide() {
        Pain pain = new Pain(null, null, 5, null, null, null, null, null,
                Set.of(PainRegion.KNEE, PainRegion.FOOT), Set.of(), null, null);

        assertEquals(Side.LEFT, pain.side());
    }

    @Test
    void shouldLetAnExplicitSideAndWeeksStandWhenBothAreSent() {
        Pain pain = new Pain(Set.of(PainRegion.KNEE), Side.RIGHT, 5, null, 10, null, null, null,
                Set.of(), Set.of(PainRegion.KNEE), 2.0, DurationUnit.MONTHS);

        assertEquals(Side.RIGHT, pain.side());
        assertEquals(10, pain.durationWeeks());
    }

    @Test
    void shouldRefuseADurationAmountBeyondTwentyYearsOrInfiniteWhenValidated() throws Exception {
        // 1e400 is what JSON can send for an amount too large for a double: Jackson reads it as infinity.
        Pain infinite = Json.mapper().readValue("""
                {"regions": ["knee"], "side": "left", "intensity": 3, "durationAmount": 1e400, "durationUnit": "years"}""",
                Pain.class);
        assertEquals(Set.of("durationAmount"), BadFields.of(infinite));
        Pain tooLong = new Pain(Set.of(PainRegion.KNEE), Side.LEFT, 3, null, null, null, null, null, null, null,
                21.0, DurationUnit.YEARS);
        assertEquals(Set.of("durationWeeks"), BadFields.of(tooLong), "21 years is 1092 weeks");
    }
}
