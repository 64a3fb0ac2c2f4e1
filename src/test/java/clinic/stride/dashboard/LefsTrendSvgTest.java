package clinic.stride.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LefsTrendSvgTest {

    @Test
    void shouldShadeNinePointsEitherSideOfTheFirstScoreWhenThereAreScores() {
        String svg = LefsTrendSvg.render(List.of(new LefsTrendSvg.Point(LocalDate.of(2026, 11, 1), 40),
                new LefsTrendSvg.Point(LocalDate.of(2026, 11, 29), 52)), "LEFS <trend>", "first ± 9");
        assertTrue(svg.contains("class=\"mcid-band\""), svg);
        // Plot 16..220 for 0..80: 49 -> 220 - 204*49/80 = 95.05, 31 -> 140.95.
        assertTrue(svg.contains("y=\"95.1\" height=\"45.9\""), svg);
        assertTrue(svg.contains("<polyline"), "two scores are joined");
        assertTrue(svg.contains(">52</text>"));
        assertTrue(svg.contains("LEFS &lt;trend&gt;"), "the title is escaped");
    }

    @Test
    void shouldDrawOnlyTheGridWhenThereIsNoCompleteScore() {
        String svg = LefsTrendSvg.render(List.of(), "LEFS", "band");
        assertFalse(svg.contains("mcid-band"));
        assertFalse(svg.contains("<circle"));
    }
}
